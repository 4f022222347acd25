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
