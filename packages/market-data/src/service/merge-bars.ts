import type { DailyBar } from '../types.ts';

/**
 * Tail merging with an adjustment check. A tail is fetched from the last cached date, so its first bar
 * overlaps the cache; if that bar's adjusted price moved (split, dividend re-adjustment, another source),
 * every cached adjusted price is suspect and the caller must refetch the full history.
 */

/** Relative difference above which the overlapping bar counts as re-adjusted (0.01%; a dividend is ~0.3%+). */
export const ADJUSTMENT_TOLERANCE = 1e-4;

const priceOf = (bar: DailyBar, useAdj: boolean) => (useAdj ? (bar.adjClose ?? bar.close) : bar.close);

export function adjustmentChanged(cached: DailyBar, fresh: DailyBar): boolean {
  const useAdj = cached.adjClose !== undefined && fresh.adjClose !== undefined;
  const a = priceOf(cached, useAdj);
  const b = priceOf(fresh, useAdj);
  return Math.abs(a - b) / Math.abs(a) > ADJUSTMENT_TOLERANCE;
}

export type TailVerdict =
  /** Tail agrees on the overlap: `bars` is cached history + tail. */
  | { kind: 'merged'; bars: DailyBar[] }
  /** Re-adjusted or unverifiable (overlap bar missing while new bars exist): fetch everything again. */
  | { kind: 'refetch'; reason: string };

/** Merges `tail` (ascending, expected to start at the last cached date) onto `cached` (ascending, non-empty). */
export function mergeTail(cached: DailyBar[], tail: DailyBar[]): TailVerdict {
  const last = cached[cached.length - 1]!;
  const overlap = tail.find((b) => b.date === last.date);
  const newer = tail.filter((b) => b.date > last.date);
  if (!overlap) {
    return newer.length === 0
      ? { kind: 'merged', bars: cached }
      : { kind: 'refetch', reason: `the tail does not include the overlap bar ${last.date}` };
  }
  if (adjustmentChanged(last, overlap)) {
    return { kind: 'refetch', reason: `the bar of ${last.date} was re-adjusted (split or dividend)` };
  }
  return { kind: 'merged', bars: [...cached.slice(0, -1), overlap, ...newer] };
}

/** Ascending, one bar per date (the later occurrence wins), keeping only dates ≤ `lastDate`. */
export function normalizeBars(bars: DailyBar[], lastDate: string): DailyBar[] {
  const byDate = new Map<string, DailyBar>();
  for (const b of bars) if (b.date <= lastDate) byDate.set(b.date, b);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
