/**
 * Article ticker scanner. Finds the tickers a page marks — quote links, $cashtags, "(NYSE: X)" — and
 * bare words only when they are in the user's watchlists (and not common words). Hits reference nodes;
 * page text is only ever read as text, never turned into markup.
 *
 * Walk: one TreeWalker over elements and text under each scan root; skip zones are rejected with their
 * whole subtree; a quote link is one hit and its text is not read again; text nodes get one regex pass.
 * Caps: `max` hits per call, one hit per symbol per block (paragraph, list item, cell …), `exclude`d
 * symbols never. Rescans never repeat a hit: scanned nodes are remembered and a node already followed
 * by a badge host is skipped. (Plain prose and ordinary links are not remembered — cheaper than
 * marking every node, and a rescan of them finds nothing.)
 */
import type { SiteAdapter } from '../sites/types.ts';
import { symbolFromLink } from './links.ts';
import { badgeFollows, blockOf, claimInBlock, isScanned, markScanned } from './marks.ts';
import { SAFE_SYMBOL, matchText } from './patterns.ts';
import { insideSkipZone, isSkipZone } from './skip.ts';
import { DEFAULT_MAX_HITS, type ScanOptions, type TickerHit } from './types.ts';

export { markScanned } from './marks.ts';
export { BARE_WORD_STOP_LIST, SAFE_SYMBOL } from './patterns.ts';
export { BADGE_HOST_ATTR, DEFAULT_MAX_HITS, type ScanOptions, type TickerHit, type TickerKind } from './types.ts';
export { watchForTickers } from './watch.ts';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

export function scanForTickers(root: ParentNode, opts: ScanOptions): TickerHit[] {
  const max = opts.max ?? DEFAULT_MAX_HITS;
  const hits: TickerHit[] = [];
  if (max <= 0) return hits;
  for (const scanRoot of scanRoots(root, opts.adapter)) {
    if (insideSkipZone(scanRoot)) continue;
    walk(scanRoot, opts, max, hits);
    if (hits.length >= max) break;
  }
  return hits;
}

/**
 * Where to look: the adapter's article bodies inside `root` when there are any (article pages), else
 * `root` itself. A root that is itself inside an article body (an added node) is scanned as given.
 */
function scanRoots(root: ParentNode, adapter: SiteAdapter | undefined): Node[] {
  const selectors = adapter?.articleRoots ?? [];
  if (selectors.length === 0 || root.nodeType === 3) return [root as Node];
  for (const sel of selectors) {
    const found = [...root.querySelectorAll(sel)];
    if (found.length > 0) return found.filter((el, i) => !found.some((other, j) => j !== i && other.contains(el)));
  }
  return [root as Node];
}

function walk(scanRoot: Node, opts: ScanOptions, max: number, hits: TickerHit[]): void {
  const doc = scanRoot.ownerDocument ?? (scanRoot as Document);
  const walker = doc.createTreeWalker(scanRoot, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipZone(node as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let node: Node | null = walker.currentNode;
  while (node) {
    let quoteLink = false;
    if (node.nodeType === 3) scanText(node as Text, opts, max, hits);
    else if ((node as Element).localName === 'a') quoteLink = scanLink(node as HTMLAnchorElement, opts, max, hits);
    if (hits.length >= max) return;
    // A quote link's own text is not read again (no bare-word hit inside a ticker chip).
    node = quoteLink ? nextOutside(walker, node) : walker.nextNode();
  }
}

/** The node after `node`'s subtree in walk order, or null at the end of the scan root. */
function nextOutside(walker: TreeWalker, node: Node): Node | null {
  walker.currentNode = node;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

function scanLink(a: HTMLAnchorElement, opts: ScanOptions, max: number, hits: TickerHit[]): boolean {
  if (isScanned(a)) return true;
  const symbol = symbolFromLink(a, opts.adapter);
  if (!symbol) return false;
  markScanned(a);
  if (hits.length < max && accept(symbol, a, opts)) hits.push({ symbol, kind: 'link', anchor: a });
  return true;
}

function scanText(text: Text, opts: ScanOptions, max: number, hits: TickerHit[]): void {
  if (isScanned(text)) return;
  const data = text.data;
  const matches = matchText(data, opts.watchlist);
  if (matches.length === 0) return;
  // Only text with tickers is remembered: re-reading plain prose on a rescan finds nothing anyway.
  markScanned(text);
  // Text inside a non-quote link: the badge goes after the whole link, never inside it.
  const link = enclosingLink(text);
  for (const m of matches) {
    if (hits.length >= max) return;
    if (m.end === data.length && badgeFollows(text)) continue;
    if (!accept(m.symbol, text, opts)) continue;
    hits.push(link ? { symbol: m.symbol, kind: m.kind, anchor: link } : { symbol: m.symbol, kind: m.kind, anchor: text, endOffset: m.end });
  }
}

function enclosingLink(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (el.localName === 'a') return el;
  return null;
}

function accept(symbol: string, node: Node, opts: ScanOptions): boolean {
  if (!SAFE_SYMBOL.test(symbol) || opts.exclude?.has(symbol)) return false;
  if (node.nodeType === 1 && badgeFollows(node)) return false;
  return claimInBlock(blockOf(node), symbol);
}
