/**
 * Badge hosts: `<span data-rotation-lens="badge">` with an open shadow root (content scripts cannot
 * define custom elements). Inside: a <style> and one focusable element (role=button, tabindex=0)
 * whose text and aria-label come from a BadgeModel. All page-derived text is set with textContent.
 */
import { BADGE_CSS } from './styles.ts';
import type { BadgeKind, BadgeModel } from '../../contracts/badge-model.ts';

export const HOST_ATTR = 'data-rotation-lens';

export interface BadgeHandle {
  host: HTMLSpanElement;
  root: ShadowRoot;
  /** The focusable badge element (role=button). */
  button: HTMLSpanElement;
  kind: BadgeKind;
  symbol: string;
  model: BadgeModel | null;
}

export function createBadge(doc: Document, kind: BadgeKind, symbol: string): BadgeHandle {
  const host = doc.createElement('span');
  host.setAttribute(HOST_ATTR, 'badge');
  host.dataset.kind = kind;
  host.dataset.symbol = symbol;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('span');
  button.className = 'b';
  button.setAttribute('role', 'button');
  button.tabIndex = 0;
  root.append(style, button);
  return { host, root, button, kind, symbol, model: null };
}

/** Redraws the badge from its model (idempotent). */
export function renderBadge(handle: BadgeHandle, model: BadgeModel): void {
  const { button } = handle;
  handle.model = model;
  button.className = `b ${model.tone}${model.highlight ? ' hl' : ''}${model.state === 'loading' ? ' loading' : ''}`;
  button.dataset.state = model.state;
  button.setAttribute('aria-label', model.label);
  if (model.state === 'loading') button.setAttribute('aria-busy', 'true');
  else button.removeAttribute('aria-busy');
  const doc = button.ownerDocument;
  const main = doc.createElement('span');
  main.className = 't';
  main.textContent = model.text;
  const parts: Node[] = [main];
  if (model.note) {
    const note = doc.createElement('span');
    note.className = `n${/SIMULATED/.test(model.note) ? ' sim' : ''}`;
    note.textContent = model.note;
    parts.push(note);
  }
  button.replaceChildren(...parts);
}

/** Removes every badge and row this script added under `root`. */
export function removeAllBadges(root: ParentNode): number {
  const hosts = root.querySelectorAll(`[${HOST_ATTR}]`);
  for (const h of hosts) h.remove();
  return hosts.length;
}
