/**
 * Idempotence without touching the page: nodes already scanned are remembered in WeakSets, symbols
 * already reported per block in a WeakMap (so a rescan, or a later added node in the same paragraph,
 * never double-badges). Entries vanish with their nodes, or all at once when the session whose badges
 * they stand for ends (`forgetScanned`: its badges are gone, the next session may badge those nodes).
 */
import { BADGE_HOST_ATTR } from './types.ts';

let scanned = new WeakSet<Node>();
let perBlock = new WeakMap<Element, Set<string>>();

/** Forgets every node scanned and symbol claimed (one page session's badges were all removed). */
export function forgetScanned(): void {
  scanned = new WeakSet();
  perBlock = new WeakMap();
}

const BLOCK_TAGS = new Set([
  'p', 'li', 'td', 'th', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'caption',
  'div', 'section', 'article', 'main', 'body', 'table', 'ul', 'ol',
]);

export function isScanned(node: Node): boolean {
  return scanned.has(node);
}

/** Remember `node` as scanned (badge code calls this for text it splits off, too). */
export function markScanned(node: Node): void {
  scanned.add(node);
}

/** The closest paragraph-like ancestor: the unit for "one badge per symbol per block". */
export function blockOf(node: Node): Element | null {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.localName)) return el;
  }
  return null;
}

/** Claim `symbol` in `block`; false when it was already claimed there. */
export function claimInBlock(block: Element | null, symbol: string): boolean {
  if (!block) return true;
  let set = perBlock.get(block);
  if (!set) {
    set = new Set();
    perBlock.set(block, set);
  }
  if (set.has(symbol)) return false;
  set.add(symbol);
  return true;
}

/** True when a badge host already follows `node` (ignoring whitespace-only text): it was badged before. */
export function badgeFollows(node: Node): boolean {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !next.nodeValue?.trim()) next = next.nextSibling;
  return next !== null && next.nodeType === 1 && (next as Element).hasAttribute(BADGE_HOST_ATTR);
}
