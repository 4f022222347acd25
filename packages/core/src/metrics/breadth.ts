/**
 * Breadth of a universe on one session: the share of members whose last daily return is > 0, the
 * share closing above their 50-day average (SMA of the last 50 closes, the last included) and the
 * share at their 52-week high (`high52w(...).atHigh`: the last close is the highest of 252 sessions).
 * The session is the latest last-date (≤ asOf) among members; a member counts only when it has a bar
 * on that session and the one before it (a stale or one-bar member is listed in `skipped`, not counted
 * as declining). A member too short for the 50-day average (< 50 sessions) or the 52-week high (< 252)
 * is left out of that share only. Null when no member counts.
 */
import { pricedSeries } from '../price-field.ts';
import type { Bar, PriceField } from '../types.ts';
import { high52w } from './highs.ts';

export const BREADTH_AVERAGE = 50;

/** `count` of `counted` members meet the test; share = count / counted, null when none was measurable. */
export interface BreadthShare {
  share: number | null;
  count: number;
  counted: number;
}

export interface BreadthResult {
  /** advancing / counted, in [0, 1]. */
  share: number;
  advancing: number;
  counted: number;
  /** Session the breadth is measured on. */
  date: string;
  skipped: string[];
  /** Members closing above their 50-day average. */
  above50: BreadthShare;
  /** Members at their 52-week high. */
  at52wHigh: BreadthShare;
}

const shareOf = (count: number, counted: number): BreadthShare => ({
  share: counted === 0 ? null : count / counted,
  count,
  counted,
});

function aboveAverage(prices: Float64Array, period: number): boolean {
  const n = prices.length;
  let sum = 0;
  for (let i = n - period; i < n; i++) sum += prices[i] as number;
  return (prices[n - 1] as number) > sum / period;
}

export function breadth(
  universe: { symbol: string; bars: Bar[] }[],
  opts: { asOf?: string; price?: PriceField } = {},
): BreadthResult | null {
  const members = universe.map(({ symbol, bars }) => ({ symbol, ...pricedSeries(bars, symbol, opts) }));
  let date = '';
  for (const m of members) {
    const last = m.dates[m.dates.length - 1];
    if (last !== undefined && last > date) date = last;
  }
  let advancing = 0;
  let counted = 0;
  const above = { count: 0, counted: 0 };
  const highs = { count: 0, counted: 0 };
  const skipped: string[] = [];
  for (const { symbol, dates, prices } of members) {
    const n = prices.length;
    if (n < 2 || dates[n - 1] !== date) {
      skipped.push(symbol);
      continue;
    }
    counted++;
    if ((prices[n - 1] as number) > (prices[n - 2] as number)) advancing++;
    if (n >= BREADTH_AVERAGE) {
      above.counted++;
      if (aboveAverage(prices, BREADTH_AVERAGE)) above.count++;
    }
    const high = high52w(prices, dates);
    if (high !== null) {
      highs.counted++;
      if (high.atHigh) highs.count++;
    }
  }
  if (counted === 0) return null;
  return {
    share: advancing / counted,
    advancing,
    counted,
    date,
    skipped,
    above50: shareOf(above.count, above.counted),
    at52wHigh: shareOf(highs.count, highs.counted),
  };
}
