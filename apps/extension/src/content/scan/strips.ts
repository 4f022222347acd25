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
/** How far up from a link a strip is looked for (li → ul → wrapper …), never past <body>. */
const MAX_LEVELS = 5;

const words = (text: string | null): number => text?.match(/[a-z]{2,}/gi)?.length ?? 0;

export type IsQuoteLink = (a: HTMLAnchorElement) => boolean;

/** Judged once per block (a WeakMap: verdicts go with their nodes). */
const verdicts = new WeakMap<Element, boolean>();

/** True when `link` sits in a market strip or quotes table (up to MAX_LEVELS ancestors). */
export function inTickerStrip(link: Element, isQuote: IsQuoteLink): boolean {
  for (let el = link.parentElement, level = 0; el && el.localName !== 'body' && level < MAX_LEVELS; el = el.parentElement, level++) {
    if (isStrip(el, isQuote)) return true;
  }
  return false;
}

function isStrip(block: Element, isQuote: IsQuoteLink): boolean {
  let verdict = verdicts.get(block);
  if (verdict === undefined) {
    verdict = judge(block, isQuote);
    verdicts.set(block, verdict);
  }
  return verdict;
}

function judge(block: Element, isQuote: IsQuoteLink): boolean {
  const items = Math.max(MIN_ITEMS, MIN_SHARE * block.childElementCount);
  // Each ticker item holds a link of its own: a block with fewer links than a strip needs items is
  // prose, decided without reading its children's text (an article body has thousands of them).
  if (block.getElementsByTagName('a').length < items) return false;
  let tickerItems = 0;
  let glue = '';
  for (const n of block.childNodes) {
    if (n.nodeType === 3) glue += n.nodeValue;
    else if (n.nodeType === 1 && isTickerItem(n as Element, isQuote)) tickerItems++;
  }
  return tickerItems >= items && words(glue) <= MAX_GLUE_WORDS;
}

/** A quote link, or an element holding one with at most a few words beside it. */
function isTickerItem(item: Element, isQuote: IsQuoteLink): boolean {
  let quotes = 0;
  let inside = 0;
  for (const a of item.localName === 'a' ? [item as HTMLAnchorElement] : item.querySelectorAll('a')) {
    if (isQuote(a)) {
      quotes++;
      inside += words(a.textContent);
    }
  }
  return quotes > 0 && words(item.textContent) - inside <= MAX_ITEM_WORDS;
}
