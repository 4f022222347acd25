/**
 * Article ticker scanner. Finds the tickers a page marks — quote links, $cashtags, "(NYSE: X)" — and
 * bare words only when they are in the user's watchlists (and not common words), never on a page of a
 * site no adapter serves (the generic adapter: explicit marks only). Hits reference nodes;
 * page text is only ever read as text, never turned into markup.
 *
 * Roots: the site's article bodies, else generic content landmarks, else the body (roots.ts).
 * Never badged: page chrome and code (skip.ts), market strips and quotes tables (strips.ts), hidden
 * content (visible.ts; it cannot use up the cap), the page headline and anything before it (a badge
 * there would move it: roots.ts).
 *
 * Walk: one TreeWalker over elements and text under each scan root; skip zones are rejected with their
 * whole subtree; a quote link is one hit and its text is not read again; text nodes get one regex pass.
 * Caps: `max` hits per call, one hit per symbol per block (paragraph, list item, cell …), at most
 * `maxPerSymbol` per page with ticker chips preferred (per-symbol.ts), `exclude`d symbols never. Rescans never repeat a hit: scanned nodes are remembered and a node already followed
 * by a badge host is skipped. (Plain prose and ordinary links are not remembered — cheaper than
 * marking every node, and a rescan of them finds nothing.)
 */
import { symbolFromLink } from './links.ts';
import { badgeFollows, blockOf, claimInBlock, isScanned, markScanned } from './marks.ts';
import { type SymbolQuota, symbolQuota } from './per-symbol.ts';
import { isTickerShape } from '@rotation-lens/market-data';
import { GENERIC_SITE } from '../../contracts/generic-site.ts';
import { PAGE_BADGE_CAP } from '../../contracts/messages.ts';
import { matchText } from './patterns.ts';
import { headlineOf, movesHeadline, scanRoots } from './roots.ts';
import { insideSkipZone, isSkipZone } from './skip.ts';
import { inTickerStrip } from './strips.ts';
import type { ScanOptions, TickerHit } from './types.ts';
import { isShown } from './visible.ts';

export { forgetScanned, markScanned } from './marks.ts';
export { BADGE_HOST_ATTR, type ScanOptions, type TickerHit } from './types.ts';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const NO_WORDS: ReadonlySet<string> = new Set();

/** One call's state: its options, caps and hits so far, the page's headline. */
interface Pass {
  opts: ScanOptions;
  /** The bare words this page may match: none on a generic page (explicit marks only). */
  watchlist: ReadonlySet<string>;
  max: number;
  hits: TickerHit[];
  quota: SymbolQuota;
  headline: Element | null;
}

export function scanForTickers(root: ParentNode, opts: ScanOptions): TickerHit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const watchlist = opts.adapter?.id === GENERIC_SITE ? NO_WORDS : opts.watchlist;
  const pass: Pass = { opts, watchlist, max: opts.max ?? PAGE_BADGE_CAP, hits: [], quota: symbolQuota(opts), headline: headlineOf(doc) };
  if (pass.max <= 0) return pass.hits;
  for (const scanRoot of scanRoots(root, opts.adapter)) {
    if (insideSkipZone(scanRoot)) continue;
    walk(scanRoot, pass);
    if (pass.hits.length >= pass.max) break;
  }
  return pass.hits;
}

function walk(scanRoot: Node, pass: Pass): void {
  const doc = scanRoot.ownerDocument ?? (scanRoot as Document);
  // No NodeFilter: a JS acceptNode callback costs a C++→JS call per node (≈ 15 ms per 10,000 nodes
  // in Chromium, vs < 1 ms without); skip zones are stepped over in the loop instead (same walk).
  const walker = doc.createTreeWalker(scanRoot, SHOW_ELEMENT_AND_TEXT);
  let node: Node | null = walker.currentNode;
  while (node) {
    if (node !== scanRoot && node.nodeType === 1 && isSkipZone(node as Element)) {
      node = nextOutside(walker, node);
      continue;
    }
    let quoteLink = false;
    if (node.nodeType === 3) scanText(node as Text, pass);
    else if ((node as Element).localName === 'a') quoteLink = scanLink(node as HTMLAnchorElement, pass);
    if (pass.hits.length >= pass.max) return;
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

function scanLink(a: HTMLAnchorElement, pass: Pass): boolean {
  if (isScanned(a)) return true;
  const { adapter } = pass.opts;
  const symbol = symbolFromLink(a, adapter);
  if (!symbol) return false;
  const chip = isChip(a, pass.opts);
  // A symbol whose quota is used up costs no layout or strip check (a chip may still displace a mention).
  if (!pass.quota.hasRoom(symbol, chip)) return true;
  // Hidden now: not remembered, so a later scan of the same node (once shown) may still badge it.
  if (!placeable(a, pass)) return true;
  markScanned(a);
  // A market strip or quotes table is page furniture (strips.ts); the site's own ticker chips are not.
  if (!chip && inTickerStrip(a, (x) => symbolFromLink(x, adapter) !== null)) return true;
  if (pass.hits.length < pass.max && accept(symbol, a, pass, chip)) pass.quota.take(pass.hits, { symbol, kind: 'link', anchor: a }, chip);
  return true;
}

/** A badge may follow `node`: it is shown, and a badge there cannot move or resize the page's headline. */
function placeable(node: Node, pass: Pass): boolean {
  return !movesHeadline(node, pass.headline) && isShown(node);
}

/** An explicit ticker chip of the page's site (Yahoo's ticker-container links). */
function isChip(a: Element, opts: ScanOptions): boolean {
  const selector = opts.adapter?.tickerChip;
  return selector !== undefined && a.matches(selector);
}

function scanText(text: Text, pass: Pass): void {
  const { hits } = pass;
  const data = text.data;
  // Most text has no ticker: the pattern's pre-tests reject it before any other check.
  const matches = matchText(data, pass.watchlist);
  if (!matches.some((m) => pass.quota.hasRoom(m.symbol, false)) || isScanned(text) || !placeable(text, pass)) return;
  // Only text with tickers is remembered: re-reading plain prose on a rescan finds nothing anyway.
  markScanned(text);
  // Text inside a non-quote link: the badge goes after the whole link, never inside it.
  const link = enclosingLink(text);
  for (const m of matches) {
    if (hits.length >= pass.max) return;
    if (m.end === data.length && badgeFollows(text)) continue;
    if (!accept(m.symbol, text, pass, false)) continue;
    pass.quota.take(hits, link ? { symbol: m.symbol, kind: m.kind, anchor: link } : { symbol: m.symbol, kind: m.kind, anchor: text, endOffset: m.end }, false);
  }
}

function enclosingLink(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (el.localName === 'a') return el;
  return null;
}

function accept(symbol: string, node: Node, pass: Pass, chip: boolean): boolean {
  if (!isTickerShape(symbol) || pass.opts.exclude?.has(symbol)) return false;
  if (node.nodeType === 1 && badgeFollows(node)) return false;
  return pass.quota.hasRoom(symbol, chip) && claimInBlock(blockOf(node), symbol);
}
