/**
 * Relative rotation (RRG-style, a transparent approximation of JdK RS-Ratio / RS-Momentum, whose exact
 * formulas are proprietary). On the aligned daily series, with R = small/large:
 *   RS-Ratio[t]    = 100 × R[t] / SMA(R, 50)[t]          (100 = ratio at its 50-session mean;
 *                                                          101 = 1% above it)
 *   RS-Momentum[t] = 100 × RS-Ratio[t] / RS-Ratio[t−10]  (10-session rate of change of RS-Ratio,
 *                                                          100 = flat)
 * Quadrants: ratio ≥ 100 and momentum ≥ 100 'leading'; ratio ≥ 100, momentum < 100 'weakening';
 * both < 100 'lagging'; ratio < 100, momentum ≥ 100 'improving'.
 * The tail holds `tail` points (default 5) spaced `step` sessions apart (default 5 = weekly), oldest
 * first, ending at the last common session ≤ asOf. Null when the history is too short:
 * fewer than 50 + 10 + (tail − 1) × step sessions. A ratio that overflows or underflows to 0 (prices near 1e±300)
 * → CoreError NON_FINITE, never a NaN point.
 */
import { alignSeries } from '../align.ts';
import { checkInteger, checkResult } from '../checks.ts';
import { CoreError } from '../errors.ts';
import type { Bar } from '../types.ts';

export const RRG_MEAN_SESSIONS = 50;
export const RRG_MOMENTUM_SESSIONS = 10;

export type RotationQuadrant = 'leading' | 'weakening' | 'lagging' | 'improving';

export interface RotationPoint {
  date: string;
  ratio: number;
  momentum: number;
}

export interface RelativeRotation {
  ratio: number;
  momentum: number;
  quadrant: RotationQuadrant;
  tail: RotationPoint[];
}

export const quadrantOf = (ratio: number, momentum: number): RotationQuadrant =>
  ratio >= 100 ? (momentum >= 100 ? 'leading' : 'weakening') : momentum >= 100 ? 'improving' : 'lagging';

export function relativeRotation(
  small: Bar[],
  large: Bar[],
  opts: { tail?: number; asOf?: string; step?: number } = {},
): RelativeRotation | null {
  const tail = opts.tail ?? 5;
  const step = opts.step ?? 5;
  checkInteger('tail', tail, 1);
  checkInteger('step', step, 1);
  const aligned = alignSeries(small, large, opts.asOf === undefined ? {} : { asOf: opts.asOf });
  const n = aligned.dates.length;
  const needed = RRG_MEAN_SESSIONS + RRG_MOMENTUM_SESSIONS + (tail - 1) * step;
  if (n < needed) return null;

  // RS-Ratio only for the last `needed − 49` sessions, from a running 50-session sum of R.
  const { small: s, large: l } = aligned;
  const first = n - needed;
  const rsRatio = new Float64Array(needed - RRG_MEAN_SESSIONS + 1);
  let sum = 0;
  for (let i = first; i < n; i++) {
    const r = (s[i] as number) / (l[i] as number);
    if (!(r > 0 && r < Number.POSITIVE_INFINITY)) throw new CoreError('NON_FINITE', `relativeRotation: the price ratio on ${aligned.dates[i]} over- or underflows`, { index: i });
    sum += r;
    const k = i - first - RRG_MEAN_SESSIONS;
    if (k >= -1) {
      if (k >= 0) sum -= (s[i - RRG_MEAN_SESSIONS] as number) / (l[i - RRG_MEAN_SESSIONS] as number);
      rsRatio[k + 1] = (100 * r) / (sum / RRG_MEAN_SESSIONS);
    }
  }
  const points: RotationPoint[] = [];
  const lastK = rsRatio.length - 1;
  for (let p = tail - 1; p >= 0; p--) {
    const k = lastK - p * step;
    const ratio = checkResult(rsRatio[k] as number, 'relativeRotation RS-Ratio');
    const momentum = checkResult((100 * ratio) / (rsRatio[k - RRG_MOMENTUM_SESSIONS] as number), 'relativeRotation RS-Momentum');
    points.push({ date: aligned.dates[first + RRG_MEAN_SESSIONS - 1 + k] as string, ratio, momentum });
  }
  const current = points[points.length - 1] as RotationPoint;
  return { ratio: current.ratio, momentum: current.momentum, quadrant: quadrantOf(current.ratio, current.momentum), tail: points };
}
