/** Tiny DOM helpers for Preact component tests (no @testing-library): mount, wait, query by text. */
import { type ComponentChild, render } from 'preact';

export function mount(node: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Polls `fn` until it returns a truthy value (or throws after `timeout` ms). */
export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const byTestId = <E extends Element = HTMLElement>(root: ParentNode, id: string) => root.querySelector<E>(`[data-testid="${id}"]`);

/** The first element matching `selector` whose text content includes `text`. */
export function byText<E extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): E | null {
  for (const el of root.querySelectorAll<E>(selector)) {
    const t = el.textContent ?? '';
    if (typeof text === 'string' ? t.includes(text) : text.test(t)) return el;
  }
  return null;
}

/** Sets an input's value and fires `input` (and `change`), as a user would. */
export function type(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function click(el: Element | null): void {
  if (!el) throw new Error('click: no element');
  (el as HTMLElement).click();
}
