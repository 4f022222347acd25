/**
 * Simple moving average in O(n) with a running sum.
 * Alignment: output length n − period + 1 (empty when n < period); out[i] is the mean of
 * values[i .. i+period−1], i.e. out[i] ↔ input index i + period − 1.
 * Drift guard: the input is processed in blocks of RESYNC steps and the running sum is recomputed from
 * scratch at each block start, so rounding error never accumulates over more than RESYNC updates
 * (cost ≤ period/RESYNC extra work).
 * Finiteness is checked once per block on the running sum (a NaN or ±Infinity input leaves the sum
 * non-finite until the next resync), which keeps the inner loop as tight as a bare loop.
 */
import { checkFinite, checkInteger, failNonFinite } from '../checks.ts';

const RESYNC = 4096;

export function sma(values: ArrayLike<number>, period: number): Float64Array {
  checkInteger('period', period, 1);
  const n = values.length;
  if (n < period) {
    checkFinite(values, 'values');
    return new Float64Array(0);
  }
  const out = new Float64Array(n - period + 1);
  let sum = 0;
  for (let i = 0; i < period; i++) sum += values[i] as number;
  if (sum - sum !== 0) failNonFinite(values);
  out[0] = sum / period;
  const block = Math.max(RESYNC, period);
  for (let start = period; start < n; start += block) {
    if (start > period) {
      sum = 0;
      for (let k = start - period; k < start; k++) sum += values[k] as number;
    }
    const end = Math.min(n, start + block);
    for (let i = start; i < end; i++) {
      sum += (values[i] as number) - (values[i - period] as number);
      out[i - period + 1] = sum / period;
    }
    if (sum - sum !== 0) failNonFinite(values);
  }
  return out;
}
