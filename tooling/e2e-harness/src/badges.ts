/**
 * Reads what the extension rendered, from the page's MAIN world: the content script lives in an isolated
 * world, but the DOM is shared and its badge hosts (`[data-rotation-lens]`) have OPEN shadow roots. The
 * browser-side code is a plain string (no bundler helpers can leak into it).
 */
import type { Frame, Page } from 'playwright-core';

export interface BadgeControl {
  role: string | null;
  label: string | null;
  text: string;
  expanded: string | null;
  tabIndex: number;
}

export interface BadgeHost {
  /** Value of the data-rotation-lens attribute ('badge', 'row', …). */
  kind: string;
  /** The host's data-* attributes (e.g. kind: 'rs', symbol: 'AAPL'). */
  data: Record<string, string>;
  /** data-state of the first element inside the shadow root that has one ('loading', 'ok', 'stale', …). */
  state: string | null;
  /** Rendered text of the shadow tree (innerText of its element children; style text excluded). */
  text: string;
  /** Elements with a role or an aria-label inside the shadow root (badges, buttons, the card). */
  controls: BadgeControl[];
  /** The ~40 characters of page text just before the host (which ticker it follows). */
  before: string;
  /** Tag and class of the host's parent element. */
  parent: string;
  rect: { x: number; y: number; width: number; height: number };
  /** Nesting: 0 = in the document, 1 = inside another host's shadow root. */
  depth: number;
}

export const READ_BADGES_JS = `(() => {
  const out = [];
  const textBefore = (node) => {
    let s = '';
    let n = node.previousSibling;
    while (n && s.length < 40) { s = (n.textContent || '') + s; n = n.previousSibling; }
    if (s.length < 40 && node.parentElement) {
      let p = node.parentElement.previousSibling;
      while (p && s.length < 40) { s = (p.textContent || '') + s; p = p.previousSibling; }
    }
    return s.replace(/\\s+/g, ' ').slice(-40);
  };
  const visit = (root, depth) => {
    for (const host of Array.from(root.querySelectorAll('[data-rotation-lens]'))) {
      const sr = host.shadowRoot;
      const kids = sr ? Array.from(sr.children).filter((e) => e.tagName !== 'STYLE' && e.tagName !== 'LINK') : [];
      const text = sr ? kids.map((e) => e.innerText || '').join(' ') : (host.innerText || '');
      const controls = sr ? Array.from(sr.querySelectorAll('[role],[aria-label]')).map((e) => ({
        role: e.getAttribute('role'), label: e.getAttribute('aria-label'),
        text: (e.innerText || '').replace(/\\s+/g, ' ').trim(), expanded: e.getAttribute('aria-expanded'), tabIndex: e.tabIndex,
      })) : [];
      const r = host.getBoundingClientRect();
      const parent = host.parentElement;
      out.push({
        kind: host.getAttribute('data-rotation-lens') || '', data: Object.assign({}, host.dataset),
        state: sr && sr.querySelector('[data-state]') ? sr.querySelector('[data-state]').getAttribute('data-state') : null, text: text.replace(/\\s+/g, ' ').trim(), controls,
        before: textBefore(host),
        parent: parent ? parent.tagName.toLowerCase() + (parent.className && typeof parent.className === 'string' ? '.' + parent.className.trim().split(/\\s+/).join('.') : '') : '',
        rect: { x: r.x, y: r.y, width: r.width, height: r.height }, depth,
      });
      if (sr) visit(sr, depth + 1);
    }
  };
  visit(document, 0);
  return out;
})()`;

export function readBadges(target: Page | Frame): Promise<BadgeHost[]> {
  return target.evaluate(READ_BADGES_JS) as Promise<BadgeHost[]>;
}

/** Waits until at least `min` badge hosts have non-empty, non-loading text; returns them. */
export async function waitForBadges(target: Page | Frame, opts: { min?: number; timeoutMs?: number; settled?: (b: BadgeHost[]) => boolean } = {}): Promise<BadgeHost[]> {
  const min = opts.min ?? 1;
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  const settled = opts.settled ?? ((bs: BadgeHost[]) => bs.every((b) => b.text !== '' && b.state !== 'loading'));
  let last: BadgeHost[] = [];
  while (Date.now() < deadline) {
    last = await readBadges(target);
    if (last.length >= min && settled(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badges did not settle within the timeout (min ${min}); last seen: ${JSON.stringify(last.map((b) => b.text))}`);
}
