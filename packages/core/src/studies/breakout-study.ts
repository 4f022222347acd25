/**
 * Breakout study, on small's price. A record is a close above every earlier close; a breakout is a
 * record whose previous record (the first session holding the prior maximum, the first session of
 * the history counting as one) lies ≥ 252 sessions before it: a first record after a year or more
 * without one. Active when a breakout happened within the last 5 sessions (up to asOf); episodes are
 * the earlier breakouts. One pass, O(n).
 */
import { SESSIONS_52W } from '../metrics/highs.ts';
import { episodeAt, summarize } from './forward.ts';
import type { Baseline, Episode, BreakoutStudy } from './types.ts';

export const BREAKOUT_RECENT = 5;


/** Indices of every breakout, with the index of the record before each. */
export function breakouts(prices: ArrayLike<number>): { at: number; previous: number }[] {
  const out: { at: number; previous: number }[] = [];
  let recordAt = 0;
  for (let t = 1; t < prices.length; t++) {
    if ((prices[t] as number) <= (prices[recordAt] as number)) continue;
    if (t - recordAt >= SESSIONS_52W) out.push({ at: t, previous: recordAt });
    recordAt = t;
  }
  return out;
}

export function breakoutStudy(
  prices: ArrayLike<number>,
  dates: string[],
  ratio: Float64Array,
  base: Baseline,
): BreakoutStudy | null {
  const all = breakouts(prices);
  const latest = all[all.length - 1];
  const last = dates.length - 1;
  if (latest === undefined || latest.at <= last - BREAKOUT_RECENT) return null;
  const episodes: Episode[] = all.slice(0, -1).map((b) => episodeAt(ratio, dates, b.at, last));
  return {
    date: dates[latest.at] as string,
    previousRecord: dates[latest.previous] as string,
    ...summarize(episodes, base),
  };
}
