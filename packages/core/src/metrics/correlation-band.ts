/**
 * The 5-year band of a rolling correlation: min and max over the last `lookback` (default 1,260 =
 * 5 × 252) window ends, and where the current (last) value sits in it. NaN entries (constant windows,
 * see rollingCorrelation) are skipped. Null when no finite value is in the lookback.
 */
import { checkInteger } from '../checks.ts';
import type { CorrelationBand } from '../types.ts';

export const BAND_LOOKBACK = 1260;

export function correlationBand(rolling: ArrayLike<number>, lookback = BAND_LOOKBACK): CorrelationBand | null {
  checkInteger('lookback', lookback, 1);
  const n = rolling.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let samples = 0;
  for (let i = Math.max(0, n - lookback); i < n; i++) {
    const x = rolling[i] as number;
    if (x - x !== 0) continue;
    if (x < min) min = x;
    if (x > max) max = x;
    samples++;
  }
  if (samples === 0) return null;
  const current = rolling[n - 1] as number;
  const position = max === min || current - current !== 0 ? null : (current - min) / (max - min);
  return { min, max, position, samples };
}
