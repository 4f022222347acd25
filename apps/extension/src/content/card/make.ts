/** A tiny element factory for the card: text only ever through textContent. */
export type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => HTMLElementTagNameMap[K];

export function maker(doc: Document): Make {
  return (tag, text, cls) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    return el;
  };
}

/** A label and its value on one line. */
export function line(make: Make, label: string, value: string): HTMLDivElement {
  const row = make('div', undefined, 'row');
  row.append(make('span', label), make('span', value));
  return row;
}

/** A button whose click stays inside the card (the badge under it toggles the card on its own clicks). */
export function button(make: Make, text: string, onClick: (b: HTMLButtonElement) => void): HTMLButtonElement {
  const b = make('button', text);
  b.type = 'button';
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick(b);
  });
  return b;
}
