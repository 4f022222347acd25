/**
 * Two-pass centred moments over a window of one or two parallel arrays: the shared basis of rolling
 * correlation (resync), beta and volatility. Two-pass (means first, then centred sums) for accuracy.
 */
import { checkFinite, checkInteger, checkSameLength } from '../checks.ts';
import { CoreError } from '../errors.ts';

export interface Moments {
  meanA: number;
  meanB: number;
  /** Σ (a − ā)², Σ (b − b̄)², Σ (a − ā)(b − b̄) over the window. */
  m2a: number;
  m2b: number;
  cab: number;
}

/**
 * Moments of a[from..to), b[from..to) (to > from; no validation: callers check finiteness).
 * A constant side gets exactly its value as mean and 0 spread (a rounded mean would leave ~1e-34).
 */
export function windowMoments(a: ArrayLike<number>, b: ArrayLike<number>, from: number, to: number): Moments {
  const w = to - from;
  let sa = 0;
  let sb = 0;
  let constA = true;
  let constB = true;
  const a0 = a[from] as number;
  const b0 = b[from] as number;
  for (let i = from; i < to; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    sa += x;
    sb += y;
    constA &&= x === a0;
    constB &&= y === b0;
  }
  const meanA = constA ? a0 : sa / w;
  const meanB = constB ? b0 : sb / w;
  let m2a = 0;
  let m2b = 0;
  let cab = 0;
  for (let i = from; i < to; i++) {
    const da = (a[i] as number) - meanA;
    const db = (b[i] as number) - meanB;
    m2a += da * da;
    m2b += db * db;
    cab += da * db;
  }
  return { meanA, meanB, m2a, m2b, cab };
}

/**
 * Moments over the last `window` points, after checking the window (integer ≥ 2), equal lengths and
 * finite values in that window; null when fewer than `window` points exist. Moments that overflow although
 * every value is finite → NON_FINITE.
 */
export function tailMoments(a: ArrayLike<number>, b: ArrayLike<number>, window: number): Moments | null {
  checkInteger('window', window, 2);
  checkSameLength('window statistics (a, b)', a, b);
  const n = a.length;
  if (n < window) return null;
  const m = windowMoments(a, b, n - window, n);
  if (m.m2a - m.m2a !== 0 || m.m2b - m.m2b !== 0 || m.cab - m.cab !== 0) {
    checkFinite(a, 'a');
    checkFinite(b, 'b');
    throw new CoreError('NON_FINITE', 'window statistics: arithmetic overflow (values near 1e154 and up)');
  }
  return m;
}
