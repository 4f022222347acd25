/**
 * Market strips and quotes tables: blocks that are mostly ticker links (S&P 500 · Dow · Nasdaq in a
 * site's header, a "trending tickers" list, a table of quotes). They are page furniture, not prose:
 * the scanner never badges a link in one (a badge per item would widen the strip, wrap it and push the
 * page's headline down). The site's own ticker chips (adapter.tickerChip) are not furniture and are
 * exempt (index.ts). Quote pages never run the scanner: their header gets the quote row instead.
 *
 * A block is a strip when at least MIN_ITEMS of its element children, and most of them, are
 * "ticker items" (a quote link with at most a few words beside it: prices and percentages are not
 * words) and the block's own text between them is not prose. A paragraph that names three tickers
 * in a sentence has words between its links; a quote row has none.
 */

const MIN_ITEMS = 3;
/** Share of a block's element children that must be ticker items. */
const MIN_SHARE = 0.6;
/** Words (two letters or more) an item may carry beside its quote links: a company name. */
const MAX_ITEM_WORDS = 6;
/** Words the block's own text may carry between items (separators, "and"). */
const MAX_GLUE_WORDS = 2;
/** How far up from a link a strip is looked for (li → ul → wrapper …). */
const MAX_LEVELS = 5;

const WORD = /\p{L}{2,}/gu;
const words = (text: string): number => text.match(WORD)?.length ?? 0;

export type IsQuoteLink = (a: HTMLAnchorElement) => boolean;

const verdicts = new WeakMap<Element, boolean>();

/** True when `link` sits in a market strip or quotes table (up to MAX_LEVELS ancestors, not past `stop`). */
export function inTickerStrip(link: Element, stop: Node, isQuote: IsQuoteLink): boolean {
  let el = link.parentElement;
  for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
    if (isStrip(el, isQuote)) return true;
    if (el === stop || el.localName === 'body') break;
  }
  return false;
}

/** Judged once per block (a WeakMap: verdicts go with their nodes). */
function isStrip(block: Element, isQuote: IsQuoteLink): boolean {
  let verdict = verdicts.get(block);
  if (verdict === undefined) {
    const items = [...block.children];
    const tickerItems = items.filter((item) => isTickerItem(item, isQuote)).length;
    verdict = tickerItems >= MIN_ITEMS && tickerItems >= MIN_SHARE * items.length && words(ownText(block)) <= MAX_GLUE_WORDS;
    verdicts.set(block, verdict);
  }
  return verdict;
}

/** A quote link, or an element holding one with at most a few words beside it. */
function isTickerItem(item: Element, isQuote: IsQuoteLink): boolean {
  const links = item.localName === 'a' ? [item as HTMLAnchorElement] : [...item.querySelectorAll('a')];
  const quotes = links.filter((a) => isQuote(a));
  if (quotes.length === 0) return false;
  const inside = quotes.reduce((n, a) => n + words(a.textContent ?? ''), 0);
  return words(item.textContent ?? '') - inside <= MAX_ITEM_WORDS;
}

/** The block's direct text children: the glue between its items. */
function ownText(block: Element): string {
  let text = '';
  for (let n = block.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue;
  return text;
}
