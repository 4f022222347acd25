/**
 * Simple returns. Windows are counted in sessions (WINDOW_SESSIONS): the N-session return is
 * P[t]/P[t−N] − 1 at the last point t, null with fewer than N+1 points. YTD uses as base the last
 * session of the previous calendar year present in the series (null when the series starts inside
 * the year of its last date).
 */
import { checkPrices, checkResult, checkSameLength } from '../checks.ts';
import { yearOf } from '../dates.ts';
import { CoreError } from '../errors.ts';
import { WINDOW_SESSIONS, type WindowValues } from '../types.ts';

/**
 * Daily simple returns: out[i] = p[i+1]/p[i] − 1, length n − 1 (empty for n < 2). A jump that overflows
 * (e.g. 1e-300 → 1e300) is NON_FINITE, never an Infinity passed on.
 */
export function dailyReturns(prices: ArrayLike<number>): Float64Array {
  checkPrices(prices);
  return dailyReturnsUnchecked(prices);
}

/**
 * dailyReturns without the price check, for computeReport's aligned series: only the last `keep` returns
 * are stored (all by default), but every return is computed, so an overflow anywhere still throws.
 */
export function dailyReturnsUnchecked(prices: ArrayLike<number>, keep = Number.POSITIVE_INFINITY): Float64Array {
  const n = prices.length;
  const out = new Float64Array(Math.max(0, Math.min(n - 1, keep)));
  // Return i − 1 (of p[i] over p[i−1]) is stored at i − first, for i ≥ first.
  const first = n - out.length;
  let prev = prices[0] as number;
  let sum = 0;
  for (let i = 1; i < first; i++) {
    const p = prices[i] as number;
    const r = p / prev - 1;
    sum += r - r; // 0 for finite r, NaN once any r is ±Infinity: one check after the loops
    prev = p;
  }
  for (let i = Math.max(1, first); i < n; i++) {
    const p = prices[i] as number;
    const r = p / prev - 1;
    out[i - first] = r;
    sum += r - r;
    prev = p;
  }
  if (sum !== 0) throw new CoreError('NON_FINITE', 'dailyReturns: arithmetic overflow (a price jump near 1e308)', { series: 'prices' });
  return out;
}

/**
 * Index of the YTD base: the last session dated before 1 January of the last date's year; −1 when
 * there is none. Scans backwards, so it touches at most one year of sessions.
 */
export function ytdBaseIndex(dates: string[]): number {
  const n = dates.length;
  if (n === 0) return -1;
  const yearStart = `${String(yearOf(dates[n - 1] as string)).padStart(4, '0')}-01-01`;
  for (let i = n - 1; i >= 0; i--) if ((dates[i] as string) < yearStart) return i;
  return -1;
}

/** P[last]/P[base] − 1, or null for a missing base (base < 0); an overflow is NON_FINITE. */
const returnFrom = (prices: ArrayLike<number>, base: number): number | null =>
  base < 0 ? null : checkResult((prices[prices.length - 1] as number) / (prices[base] as number) - 1, 'windowReturns');

/** Returns over 1W, 1M, 3M, 6M, YTD and 1Y ending at the last point. */
export function windowReturns(prices: Float64Array, dates: string[]): WindowValues {
  checkPrices(prices);
  checkSameLength('windowReturns(prices, dates)', prices, dates);
  const n = prices.length;
  const last = dates[n - 1];
  if (typeof last !== 'string' || last.length !== 10) {
    throw new CoreError('BAD_DATE', `last date ${JSON.stringify(last)} is not YYYY-MM-DD`, { index: n - 1 });
  }
  return windowReturnsUnchecked(prices, dates);
}

/** windowReturns without its checks, for computeReport's aligned series; an overflow still throws. */
export function windowReturnsUnchecked(prices: Float64Array, dates: string[]): WindowValues {
  const n = prices.length;
  const back = (sessions: number): number | null => returnFrom(prices, n - 1 - sessions);
  return {
    '1W': back(WINDOW_SESSIONS['1W']),
    '1M': back(WINDOW_SESSIONS['1M']),
    '3M': back(WINDOW_SESSIONS['3M']),
    '6M': back(WINDOW_SESSIONS['6M']),
    YTD: returnFrom(prices, ytdBaseIndex(dates)),
    '1Y': back(WINDOW_SESSIONS['1Y']),
  };
}
