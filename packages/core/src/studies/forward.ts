/**
 * What every study shares: horizons, the forward outcome of an episode, and its statistics.
 * R_t = small_t / large_t. The outcome of an episode at session index t for horizon h is
 * R_{t+h} / R_t − 1 and exists only when t + h ≤ last (the index of asOf): nothing after asOf is read.
 * The baseline is the same statistic over every session t with t + h ≤ last, so a reader can see
 * whether the setup matters at all.
 */
import { WINDOW_SESSIONS } from '../types.ts';
import { median } from './median.ts';
import type { Baseline, BaselineStats, Episode, HorizonKey, HorizonStats, StudyOutcomes } from './types.ts';

export const HORIZON_KEYS: readonly HorizonKey[] = ['1W', '1M', '3M', '6M'];
/** Horizons in sessions: the report's windows of the same name. */
export const HORIZON_SESSIONS: Readonly<Record<HorizonKey, number>> = Object.freeze({
  '1W': WINDOW_SESSIONS['1W'],
  '1M': WINDOW_SESSIONS['1M'],
  '3M': WINDOW_SESSIONS['3M'],
  '6M': WINDOW_SESSIONS['6M'],
});
/** Below this many episodes a study states its count instead of a rate. */
export const MIN_EPISODES = 5;

/** The ratio small / large at every session. */
export function ratioSeries(small: ArrayLike<number>, large: ArrayLike<number>): Float64Array {
  const n = small.length;
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) r[i] = (small[i] as number) / (large[i] as number);
  return r;
}

/** R_{t+h} / R_t − 1, or null when t + h is after `last`. */
const outcome = (ratio: Float64Array, t: number, h: number, last: number): number | null =>
  t + h <= last ? (ratio[t + h] as number) / (ratio[t] as number) - 1 : null;

/** The episode at index t, its outcomes read from the ratio up to index `last` only. */
export function episodeAt(ratio: Float64Array, dates: string[], t: number, last: number): Episode {
  return {
    date: dates[t] as string,
    forward: {
      '1W': outcome(ratio, t, HORIZON_SESSIONS['1W'], last),
      '1M': outcome(ratio, t, HORIZON_SESSIONS['1M'], last),
      '3M': outcome(ratio, t, HORIZON_SESSIONS['3M'], last),
      '6M': outcome(ratio, t, HORIZON_SESSIONS['6M'], last),
    },
  };
}

/** Statistics of `values` (reordered by the median: min, max, wins and the sum are read first, in order). */
function horizonStats(values: Float64Array): HorizonStats {
  const n = values.length;
  if (n === 0) return { n, wins: 0, median: null, mean: null, min: null, max: null };
  let wins = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (x > 0) wins++;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { n, wins, median: median(values), mean: sum / n, min, max };
}

/** Statistics of horizon k over the episodes that have it, gathered in `scratch` (≥ episodes.length). */
function statsOf(episodes: Episode[], k: HorizonKey, scratch: Float64Array): HorizonStats {
  let n = 0;
  for (const e of episodes) {
    const x = e.forward[k];
    if (x !== null) scratch[n++] = x;
  }
  return horizonStats(scratch.subarray(0, n));
}

/** Per-horizon statistics over the episodes that have that horizon (one scratch buffer for all four). */
export function summarize(episodes: Episode[], baseline: Baseline): StudyOutcomes {
  const scratch = new Float64Array(episodes.length);
  return {
    episodes,
    horizons: {
      '1W': statsOf(episodes, '1W', scratch),
      '1M': statsOf(episodes, '1M', scratch),
      '3M': statsOf(episodes, '3M', scratch),
      '6M': statsOf(episodes, '6M', scratch),
    },
    baseline,
    tooFew: episodes.length < MIN_EPISODES,
  };
}

/** Baseline of one horizon h: every outcome R_{t+h} / R_t − 1 with t + h ≤ last, written to `scratch`. */
function baselineOf(ratio: Float64Array, last: number, h: number, scratch: Float64Array): BaselineStats {
  const n = Math.max(0, last - h + 1);
  let wins = 0;
  for (let t = 0; t < n; t++) {
    const x = (ratio[t + h] as number) / (ratio[t] as number) - 1;
    scratch[t] = x;
    wins += x > 0 ? 1 : 0;
  }
  return { n, wins, median: n === 0 ? null : median(scratch.subarray(0, n)) };
}

/**
 * Every session t with t + h ≤ last: how often and by how much the ratio rose over h sessions.
 * One scratch buffer serves all horizons (the median reorders it); O(n) per horizon.
 */
export function baseline(ratio: Float64Array, last: number): Baseline {
  const scratch = new Float64Array(Math.max(0, last));
  return {
    '1W': baselineOf(ratio, last, HORIZON_SESSIONS['1W'], scratch),
    '1M': baselineOf(ratio, last, HORIZON_SESSIONS['1M'], scratch),
    '3M': baselineOf(ratio, last, HORIZON_SESSIONS['3M'], scratch),
    '6M': baselineOf(ratio, last, HORIZON_SESSIONS['6M'], scratch),
  };
}
