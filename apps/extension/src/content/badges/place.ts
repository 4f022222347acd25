/**
 * Where badges go in the page. Quote pages: one row right after the adapter's anchor (an inline-flex
 * span reset with `all: initial`, so the page's layout is not disturbed). Articles: one badge right
 * after each ticker hit; for a text hit, after character `endOffset` of that text node — or, for an
 * exchange mention "(NYSE: CVNA)", after its closing bracket, so the ")" never wraps onto a line alone
 * (nothing of the page is wrapped or moved: the badge is only inserted at a later text offset).
 */
import type { TickerHit } from '../scan/index.ts';
import { HOST_ATTR } from './render.ts';

export type { TickerHit };

export function createRow(doc: Document): HTMLSpanElement {
  const row = doc.createElement('span');
  row.setAttribute(HOST_ATTR, 'row');
  row.style.cssText = 'all:initial;display:inline-flex;flex-wrap:wrap;align-items:center;gap:4px;margin:4px 0;vertical-align:middle;max-width:100%';
  return row;
}

/** How many ancestors the row may climb past to keep the anchor's box (see placeRow). */
const MAX_CLIMB = 3;
/** A width no badge row reaches: if the anchor's box changes with the row this wide, its parent sizes to content. */
const PROBE_WIDTH = '4000px';

const sameBox = (a: DOMRect, b: DOMRect) => Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;

/**
 * Whether the row, where it is now, leaves the anchor's box as it was — also once the badges' final
 * (wider) text replaces "loading": probed with a row wider than any real one. A row moved up out of the
 * anchor's parent must also sit below the anchor, not squeezed in beside it in a flex row.
 */
function keepsAnchorBox(anchor: Element, before: DOMRect, row: HTMLElement, climbed: boolean): boolean {
  const minWidth = row.style.minWidth;
  row.style.minWidth = PROBE_WIDTH;
  const probed = anchor.getBoundingClientRect();
  row.style.minWidth = minWidth;
  if (!sameBox(before, probed)) return false;
  const now = anchor.getBoundingClientRect();
  return sameBox(before, now) && (!climbed || row.getBoundingClientRect().top >= now.bottom - 1);
}

/** A row moved out of the anchor's (padded) containers starts where the heading starts, not at their edge. */
function alignWithAnchor(anchor: Element, row: HTMLElement): void {
  const dx = Math.round(anchor.getBoundingClientRect().left - row.getBoundingClientRect().left);
  if (dx < 1 || dx > 400) return;
  row.style.marginLeft = `${dx}px`;
  row.style.maxWidth = `calc(100% - ${dx}px)`;
}

/**
 * Inserts the row as the anchor's next sibling — unless that changes the anchor's own box: in a parent
 * that shrinks to fit its content (Google Finance's heading column is a flex column inside an
 * inline-flex), the row's width would widen the parent and so the heading (95 px → 660 px). Then the row
 * goes after that parent instead, climbing at most MAX_CLIMB levels (never past <body>); when no level
 * keeps the box, it stays right after the anchor. A row that climbed is indented to start where the anchor
 * starts. Unlaid-out documents (all boxes 0) keep the first place.
 * Costs a few synchronous layouts, once per quote page.
 */
export function placeRow(anchor: Element, row: HTMLElement): void {
  const before = anchor.getBoundingClientRect();
  let after: Element = anchor;
  for (let level = 0; level <= MAX_CLIMB; level++) {
    after.after(row);
    if (keepsAnchorBox(anchor, before, row, level > 0)) {
      if (level > 0) alignWithAnchor(anchor, row);
      return;
    }
    const parent = after.parentElement;
    if (!parent?.parentElement || parent === anchor.ownerDocument.body) break;
    after = parent;
  }
  anchor.after(row);
}

/** Text offset the badge goes after: past the ")" that closes an exchange mention, else the hit's own. */
export function badgeOffset(hit: TickerHit): number | undefined {
  const at = hit.endOffset;
  if (hit.kind !== 'exchange' || at === undefined || hit.anchor.nodeType !== Node.TEXT_NODE) return at;
  const close = /^ ?\)/.exec((hit.anchor as Text).data.slice(at, at + 2));
  return close ? at + close[0].length : at;
}

/**
 * Inserts `node` after the hit. Hits in one text node must be placed last-first (descending
 * offset) because splitting the node shortens it; see placeHits.
 */
export function placeAfterHit(hit: TickerHit, node: Node, onSplit?: (tail: Text) => void): boolean {
  const { anchor } = hit;
  if (!anchor.parentNode) return false;
  const offset = badgeOffset(hit);
  if (anchor.nodeType === Node.TEXT_NODE && offset !== undefined) {
    const text = anchor as Text;
    const at = Math.max(0, Math.min(offset, text.length));
    // The split-off tail is text the scanner has already read: onSplit lets it remember that.
    // (Split first: `onSplit?.(text.splitText(at))` would skip the split itself when there is no callback.)
    if (at < text.length) {
      const tail = text.splitText(at);
      onSplit?.(tail);
    }
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
  const order = [...groups.values()].flatMap((g) => g.sort((a, b) => (badgeOffset(b) ?? 0) - (badgeOffset(a) ?? 0)));
  const placed: { hit: TickerHit; node: T }[] = [];
  for (const hit of order) {
    const node = make(hit);
    if (placeAfterHit(hit, node, onSplit)) placed.push({ hit, node });
  }
  return placed;
}
