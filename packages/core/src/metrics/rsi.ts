/**
 * RSI, Wilder's smoothing exactly as TA-Lib (default unstable period 0):
 * the first average gain/loss is the mean of the first `period` up/down moves, then
 * avg = (avg·(period−1) + move) / period over the whole history; RSI = 100·avgGain/(avgGain+avgLoss),
 * and 0 when nothing moved (avgGain + avgLoss = 0). Written 100·(gain/total), as TA-Lib does, so the
 * result never exceeds 100 by rounding.
 * Alignment: output length n − period (empty when n ≤ period); out[i] ↔ input index i + period.
 * Finiteness: a NaN or ±Infinity input makes the running averages non-finite for good (NaN and
 * Infinity are sticky under these updates), so one check after the loop replaces a per-element check.
 */
import { checkFinite, checkInteger, failNonFinite } from '../checks.ts';

/** The first average gain and loss: means of the up / down moves of values[0..period]. */
function seedAverages(values: ArrayLike<number>, period: number): { gain: number; loss: number } {
  let prev = values[0] as number;
  let gain = 0;
  let loss = 0;
  for (let i = 1; i <= period; i++) {
    const x = values[i] as number;
    const d = x - prev;
    if (d > 0) gain += d;
    else loss -= d;
    prev = x;
  }
  checkFinite(Array.prototype.slice.call(values, 0, period + 1) as number[], 'values');
  return { gain: gain / period, loss: loss / period };
}

export function rsi(values: ArrayLike<number>, period = 14): Float64Array {
  checkInteger('period', period, 1);
  const n = values.length;
  if (n <= period) {
    checkFinite(values, 'values');
    return new Float64Array(0);
  }
  const out = new Float64Array(n - period);
  let { gain, loss } = seedAverages(values, period);
  let total = gain + loss;
  out[0] = total === 0 ? 0 : 100 * (gain / total);
  const keep = period - 1;
  let prev = values[period] as number;
  for (let i = period + 1; i < n; i++) {
    const x = values[i] as number;
    const d = x - prev;
    prev = x;
    // Branch-free selects: on real prices up/down days are a coin toss for the branch predictor.
    gain = (gain * keep + Math.max(d, 0)) / period;
    loss = (loss * keep + Math.max(-d, 0)) / period;
    total = gain + loss;
    out[i - period] = total === 0 ? 0 : 100 * (gain / total);
  }
  if (gain - gain !== 0 || loss - loss !== 0 || prev - prev !== 0) failNonFinite(values);
  return out;
}

/**
 * The last value of `rsi(values, period)`, bit for bit, without building the series (the report needs only
 * today's RSI of the large index); null when n ≤ period. Same recurrence, same checks and errors.
 * Its loop is rsi's without the stores, kept apart on purpose: one shared loop with a conditional store
 * made rsi ≈ 5 % slower (core bench, RSI vs bare loop 1.0x → 0.9x). rsi.test.ts holds the two equal.
 */
export function lastRsi(values: ArrayLike<number>, period = 14): number | null {
  checkInteger('period', period, 1);
  const n = values.length;
  if (n <= period) {
    checkFinite(values, 'values');
    return null;
  }
  let { gain, loss } = seedAverages(values, period);
  const keep = period - 1;
  let prev = values[period] as number;
  for (let i = period + 1; i < n; i++) {
    const x = values[i] as number;
    const d = x - prev;
    prev = x;
    gain = (gain * keep + Math.max(d, 0)) / period;
    loss = (loss * keep + Math.max(-d, 0)) / period;
  }
  if (gain - gain !== 0 || loss - loss !== 0 || prev - prev !== 0) failNonFinite(values);
  const total = gain + loss;
  return total === 0 ? 0 : 100 * (gain / total);
}
