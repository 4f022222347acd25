/**
 * RS rating (IBD-style), 1–99, of each member of a universe.
 * Score per member = 0.4·C/C63 + 0.2·C/C126 + 0.2·C/C189 + 0.2·C/C252, where C is the member's price
 * on its last session ≤ asOf and C_N the price N of its own sessions earlier. Members with fewer
 * than 253 sessions up to asOf get null and are not ranked, and so do members whose bars are invalid
 * (a CoreError for that member): one bad symbol in a watchlist must not blank every other rating.
 * Rating = 1 + round(98 · p), p = (#scores below + ½ #other equal scores) / (m − 1) over the m ranked
 * members (p = ½ when m = 1): the best gets 99, the worst 1, ties share a rating.
 */
import { checkPrices } from '../checks.ts';
import { CoreError, isCoreError } from '../errors.ts';
import { pricedSeries } from '../price-field.ts';
import type { Bar, PriceField } from '../types.ts';

const TERMS: readonly (readonly [sessions: number, weight: number])[] = [
  [63, 0.4],
  [126, 0.2],
  [189, 0.2],
  [252, 0.2],
];

/**
 * The weighted score of one price series at its last point; null with fewer than 253 points. The five prices it
 * reads must be finite and > 0 (CoreError NON_FINITE / NON_POSITIVE_PRICE); a score that overflows (a price
 * ratio near 1e308) is NON_FINITE.
 */
export function rsScore(prices: ArrayLike<number>): number | null {
  const n = prices.length;
  if (n < 253) return null;
  checkPrices([0, ...TERMS.map(([sessions]) => sessions)].map((back) => prices[n - 1 - back] as number), 'rsScore prices');
  const c = prices[n - 1] as number;
  let score = 0;
  for (const [sessions, weight] of TERMS) score += (weight * c) / (prices[n - 1 - sessions] as number);
  if (score - score !== 0) throw new CoreError('NON_FINITE', 'rsScore: arithmetic overflow');
  return score;
}

export function rsRating(
  universe: { symbol: string; bars: Bar[] }[],
  opts: { asOf?: string; price?: PriceField } = {},
): Map<string, number | null> {
  if (!Array.isArray(universe)) throw new CoreError('BAD_OPTION', 'universe must be an array');
  const scores = new Map<string, number | null>();
  for (const { symbol, bars } of universe) {
    if (scores.has(symbol)) throw new CoreError('BAD_OPTION', `symbol ${symbol} appears twice`, { series: symbol });
    scores.set(symbol, memberScore(bars, symbol, opts));
  }
  const ranked = [...scores.values()].filter((s): s is number => s !== null).sort((a, b) => a - b);
  const m = ranked.length;
  const ratings = new Map<string, number | null>();
  for (const [symbol, score] of scores) {
    if (score === null) {
      ratings.set(symbol, null);
      continue;
    }
    const below = lowerBound(ranked, score);
    const equalOthers = lowerBound(ranked, score, true) - below - 1;
    const p = m === 1 ? 0.5 : (below + equalOthers / 2) / (m - 1);
    ratings.set(symbol, 1 + Math.round(98 * p));
  }
  return ratings;
}

/** A member's score, or null when its bars are unusable; errors other than CoreError propagate. */
function memberScore(bars: Bar[], symbol: string, opts: { asOf?: string; price?: PriceField }): number | null {
  try {
    return rsScore(pricedSeries(bars, symbol, opts).prices);
  } catch (e) {
    if (isCoreError(e) && e.code !== 'BAD_OPTION') return null;
    throw e;
  }
}

/** First index whose value is ≥ x (or > x when `strict`), by binary search. */
function lowerBound(sorted: number[], x: number, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
