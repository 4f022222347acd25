/**
 * Text patterns for tickers in article prose. Invariant: every symbol leaving the scanner matches
 * the ticker shape every part of the product accepts (market-data's `isTickerShape`), so nothing that
 * looks like markup (`<img …>`) can ever become a "symbol".
 */
import { canonicalSymbol, isTickerShape } from '@rotation-lens/market-data';
import type { TickerKind } from './types.ts';

/**
 * Real tickers that are also everyday words (or abbreviations): never matched as bare words, even when
 * in a watchlist. They are still found as links, $cashtags and (NYSE: X). Single letters (A, C, F, T,
 * W …) are not listed: a bare word needs two characters or more (BARE), so they never match bare.
 */
export const BARE_WORD_STOP_LIST: ReadonlySet<string> = new Set([
  'IT', 'ALL', 'ON', 'KEY', 'AN', 'AM', 'ARE', 'BE', 'BIG', 'CAN', 'CEO', 'CFO', 'EPS', 'ETF',
  'FOR', 'GDP', 'GO', 'HAS', 'IPO', 'NOW', 'OR', 'OUT', 'SEE', 'SO', 'TV', 'US', 'USA', 'UK', 'EU', 'AI', 'CPI', 'FED',
  'NEW', 'ONE', 'REAL', 'RUN', 'TWO', 'YOU', 'LOW', 'HIGH', 'BIT', 'CASH', 'FUND', 'GOOD', 'LIFE', 'LOVE', 'MAN', 'PLAY',
  'SAVE', 'TRUE', 'FAST', 'FUN', 'OPEN', 'PEAK', 'SUM', 'ANY', 'NYSE', 'SEC', 'NASDAQ', 'AMEX', 'OTC',
]);

/**
 * Zero-width and other format characters (Unicode Cf: U+200B, U+00AD, U+2060, U+FEFF …) break a ticker:
 * `$A` + U+200B + `APL` is no ticker at all (neither A nor AAPL), so invisible characters cannot make one.
 */
const NOT_AFTER = String.raw`(?![\w\p{Cf}])`;

/** `$AAPL`, `$BRK.B`; not `$aapl` (lower case), not `$5` or `$100M` (amounts start with a digit). */
const CASHTAG = String.raw`(?<![\w$\p{Cf}])\$([A-Z]{1,6}(?:[.\/][A-Z])?)${NOT_AFTER}`;

/**
 * `(NASDAQ: AAPL)`, `(NYSE American: X)`, `(NYSEARCA: IWM)`, `(OTC: X)`, `(Nasdaq:AAPL)`. A space in a
 * name is optional: 'NYSE American' also reads `NYSEAmerican`, 'NYSE MKT' `NYSEMKT`.
 */
const EXCHANGES = ['NASDAQ', 'Nasdaq', 'NasdaqGS', 'NYSE', 'NYSE American', 'NYSE Arca', 'NYSEARCA', 'NYSE MKT', 'AMEX', 'OTC', 'OTCQX', 'OTCQB', 'OTCMKTS', 'OTC Markets', 'Cboe', 'CBOE', 'BATS'];
const EXCHANGE = String.raw`\((?:${EXCHANGES.map((e) => e.replace(' ', String.raw`\s*`)).join('|')})\s*:\s*([A-Z]{1,6}(?:[.\/-][A-Z])?)${NOT_AFTER}`;

/**
 * A bare ALL-CAPS word of 2+ characters (optionally with a class suffix); only counts when in a watchlist.
 * Single-letter tickers (V, X, K, O …) are never bare-matched: too many false positives in prose.
 */
const BARE = String.raw`(?<![\w$.^<\p{Cf}-])([A-Z][A-Z0-9]{1,5}(?:[.-][A-Z])?)(?![\w>\p{Cf}-]|\.[A-Za-z0-9])`;

const WITH_BARE = new RegExp(`${CASHTAG}|${EXCHANGE}|${BARE}`, 'gu');
const WITHOUT_BARE = new RegExp(`${CASHTAG}|${EXCHANGE}`, 'gu');

/** Cheap pre-tests: no '$' or '(' → no cashtag or exchange mention; no two capitals in a row → no bare word. */
const MAYBE_MARKED = /[$(]/;
const MAYBE_BARE = /[A-Z][A-Z0-9]/;

export interface TextMatch {
  symbol: string;
  kind: Exclude<TickerKind, 'link'>;
  /** Offset right after the ticker characters. */
  end: number;
}

/**
 * Tickers in one text node's data, in order. Bare words are considered only when `watchlist` is non-empty
 * and the text is not "shouting" (mostly capitals: headlines in caps would match every watchlist word).
 */
export function matchText(text: string, watchlist: ReadonlySet<string>): TextMatch[] {
  if (text.length < 2) return [];
  const bare = watchlist.size > 0 && MAYBE_BARE.test(text) && !isShouting(text);
  if (!bare && !MAYBE_MARKED.test(text)) return [];
  const re = bare ? WITH_BARE : WITHOUT_BARE;
  re.lastIndex = 0;
  const out: TextMatch[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const [whole, cash, exch, word] = m;
    const raw = cash ?? exch ?? word!;
    const kind = cash !== undefined ? 'cashtag' : exch !== undefined ? 'exchange' : 'watchlist';
    // Every alternative ends on the ticker itself (the closing ')' is never consumed).
    const end = m.index + whole.length;
    if (kind === 'watchlist' && BARE_WORD_STOP_LIST.has(raw)) continue;
    const symbol = canonical(raw);
    if (!symbol || !isTickerShape(symbol)) continue;
    if (kind === 'watchlist' && !watchlist.has(symbol)) continue;
    out.push({ symbol, kind, end });
  }
  return out;
}

const memo = new Map<string, string | null>();

/** canonicalSymbol, memoised: articles repeat the same few tickers (bounded so it cannot grow forever). */
function canonical(raw: string): string | null {
  let sym = memo.get(raw);
  if (sym === undefined) {
    if (memo.size > 2000) memo.clear();
    sym = canonicalSymbol(raw);
    memo.set(raw, sym);
  }
  return sym;
}

/** More than 60% of at least 12 letters are capitals. */
function isShouting(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= 12 && upper / letters > 0.6;
}
