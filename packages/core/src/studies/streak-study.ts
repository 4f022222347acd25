/**
 * Streak study: what followed earlier runs like the current one.
 * L = |streak at asOf|, d = its sign (none when L < 2). An episode is each earlier run in direction d
 * that reached length ≥ L, dated at the session where it reached exactly L; each run counts once and
 * the current run is excluded. Session signs are the report's (`sessionSign`: a tie ends a run).
 */
import { sessionSign } from '../metrics/streak.ts';
import type { AlignedPair, StreakResult } from '../types.ts';
import { episodeAt, summarize } from './forward.ts';
import type { Baseline, Episode, StreakStudy } from './types.ts';


export function streakStudy(
  aligned: AlignedPair,
  current: StreakResult,
  ratio: Float64Array,
  base: Baseline,
): StreakStudy | null {
  const length = Math.abs(current.sessions);
  if (length < 2 || current.startedOn === null) return null;
  const direction = current.sessions > 0 ? 1 : -1;
  const { dates, small, large } = aligned;
  const last = dates.length - 1;
  const currentStart = last - length + 1;
  const episodes: Episode[] = [];
  let run = 0;
  for (let i = 1; i < currentStart; i++) {
    run = sessionSign(small, large, i) === direction ? run + 1 : 0;
    if (run === length) episodes.push(episodeAt(ratio, dates, i, last));
  }
  return { direction, length, startedOn: current.startedOn, ...summarize(episodes, base) };
}
