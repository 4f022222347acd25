/**
 * Where badges go in the page. Quote pages: one row right after the adapter's anchor (an inline-flex
 * span reset with `all: initial`, so the page's layout is not disturbed). Articles: one badge right
 * after each ticker hit; for a text hit, after character `endOffset` of that text node.
 */
import type { TickerHit } from '../scan/index.ts';
import { HOST_ATTR } from './render.ts';

export type { TickerHit };

export function createRow(doc: Document): HTMLSpanElement {
  const row = doc.createElement('span');
  row.setAttribute(HOST_ATTR, 'row');
  row.style.cssText =
    'all: initial; display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px; margin: 4px 0; vertical-align: middle; max-width: 100%;';
  return row;
}

/** Inserts the row after the anchor. */
export function placeRow(anchor: Element, row: HTMLElement): void {
  anchor.after(row);
}

/**
 * Inserts `node` after the hit. Hits in one text node must be placed last-first (descending
 * endOffset) because splitting the node shortens it; see placeHits.
 */
export function placeAfterHit(hit: TickerHit, node: Node, onSplit?: (tail: Text) => void): boolean {
  const { anchor } = hit;
  if (!anchor.parentNode) return false;
  if (anchor.nodeType === Node.TEXT_NODE && hit.endOffset !== undefined) {
    const text = anchor as Text;
    const at = Math.max(0, Math.min(hit.endOffset, text.length));
    // The split-off tail is text the scanner has already read: onSplit lets it remember that.
    if (at < text.length) onSplit?.(text.splitText(at));
  }
  anchor.parentNode.insertBefore(node, anchor.nextSibling);
  return true;
}

/** Places one node per hit, in an order that keeps every text offset valid. */
export function placeHits<T extends Node>(
  hits: readonly TickerHit[],
  make: (hit: TickerHit) => T,
  onSplit?: (tail: Text) => void,
): { hit: TickerHit; node: T }[] {
  const groups = new Map<Node, TickerHit[]>();
  for (const hit of hits) groups.set(hit.anchor, [...(groups.get(hit.anchor) ?? []), hit]);
  const order = [...groups.values()].flatMap((g) => g.sort((a, b) => (b.endOffset ?? 0) - (a.endOffset ?? 0)));
  const placed: { hit: TickerHit; node: T }[] = [];
  for (const hit of order) {
    const node = make(hit);
    if (placeAfterHit(hit, node, onSplit)) placed.push({ hit, node });
  }
  return placed;
}
