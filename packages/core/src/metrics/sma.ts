/**
 * Simple moving average in O(n) with a running sum.
 * Alignment: output length n − period + 1 (empty when n < period); out[i] is the mean of
 * values[i .. i+period−1], i.e. out[i] ↔ input index i + period − 1.
 * Drift guard: the running sum is recomputed from scratch every RESYNC steps, so rounding error never
 * accumulates over more than RESYNC updates (cost ≤ period/RESYNC extra work).
 */
import { checkInteger, nonFiniteAt } from '../checks.ts';

const RESYNC = 4096;

export function sma(values: ArrayLike<number>, period: number): Float64Array {
  checkInteger('period', period, 1);
  const n = values.length;
  if (n < period) return new Float64Array(0);
  const out = new Float64Array(n - period + 1);
  let sum = 0;
  for (let i = 0; i < period; i++) {
    const x = values[i] as number;
    if (x - x !== 0) throw nonFiniteAt('values', i);
    sum += x;
  }
  out[0] = sum / period;
  const resyncEvery = Math.max(RESYNC, period);
  let sinceResync = 0;
  for (let i = period; i < n; i++) {
    const x = values[i] as number;
    if (x - x !== 0) throw nonFiniteAt('values', i);
    if (++sinceResync === resyncEvery) {
      sinceResync = 0;
      sum = 0;
      for (let k = i - period + 1; k <= i; k++) sum += values[k] as number;
    } else {
      sum += x - (values[i - period] as number);
    }
    out[i - period + 1] = sum / period;
  }
  return out;
}
