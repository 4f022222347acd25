/**
 * Breadth: the share of a universe's members whose last daily return is > 0.
 * The session is the latest last-date (≤ asOf) among members; a member counts only when it has a bar
 * on that session and the one before it (a stale or one-bar member is listed in `skipped`, not counted
 * as declining). Null when no member counts.
 */
import { pricedSeries } from '../price-field.ts';
import type { Bar, PriceField } from '../types.ts';

export interface BreadthResult {
  /** advancing / counted, in [0, 1]. */
  share: number;
  advancing: number;
  counted: number;
  /** Session the breadth is measured on. */
  date: string;
  skipped: string[];
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
  const skipped: string[] = [];
  for (const { symbol, dates, prices } of members) {
    const n = prices.length;
    if (n < 2 || dates[n - 1] !== date) {
      skipped.push(symbol);
      continue;
    }
    counted++;
    if ((prices[n - 1] as number) > (prices[n - 2] as number)) advancing++;
  }
  if (counted === 0) return null;
  return { share: advancing / counted, advancing, counted, date, skipped };
}
