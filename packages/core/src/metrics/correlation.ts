/**
 * Rolling Pearson correlation in O(n).
 * Alignment: output length n − window + 1 (empty when n < window); out[i] is the correlation of
 * a[i .. i+window−1] with b[i .. i+window−1], i.e. out[i] ↔ window ending at input index i + window − 1.
 * Update: sliding Welford (means, centred sums of squares and co-products updated by replacing the
 * oldest pair with the newest), which avoids the cancellation of raw running sums. Drift guard: every
 * RESYNC steps the window is recomputed from scratch with a two-pass formula.
 * Documented NaN: an entry is NaN exactly when a or b is constant over that window (zero variance,
 * correlation undefined); this is detected exactly, not by a tolerance. Values are clamped to [−1, 1].
 * `pearson` (one window) says the same with null instead of NaN, and checks its input (CoreError).
 */
import { checkFinite, checkInteger, checkSameLength, nonFiniteAt } from '../checks.ts';
import { CoreError } from '../errors.ts';
import { windowMoments } from './window-stats.ts';

const RESYNC = 8192;

/** Rounding can push |r| a hair above 1. */
const clampUnit = (r: number): number => Math.min(1, Math.max(-1, r));

/**
 * Pearson correlation of the window [from, to) computed from scratch. Null when a side does not vary over the
 * window (constant, e.g. all zeros: correlation undefined). NaN / ±Infinity in the window → NON_FINITE; a window
 * outside the arrays or shorter than 2 → BAD_OPTION; moments that overflow (|values| near 1e154 and up) → NON_FINITE.
 */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>, from = 0, to = a.length): number | null {
  checkSameLength('pearson(a, b)', a, b);
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= a.length && to - from >= 2)) {
    throw new CoreError('BAD_OPTION', `pearson: window [${from}, ${to}) must hold ≥ 2 points of ${a.length}`);
  }
  checkFinite(Array.prototype.slice.call(a, from, to) as number[], 'a');
  checkFinite(Array.prototype.slice.call(b, from, to) as number[], 'b');
  const m = windowMoments(a, b, from, to);
  if (m.m2a === 0 || m.m2b === 0) return null;
  const r = m.cab / Math.sqrt(m.m2a * m.m2b);
  if (r - r !== 0) throw new CoreError('NON_FINITE', 'pearson: arithmetic overflow');
  return clampUnit(r);
}

export function rollingCorrelation(a: ArrayLike<number>, b: ArrayLike<number>, window: number): Float64Array {
  checkInteger('window', window, 2);
  checkSameLength('rollingCorrelation(a, b)', a, b);
  const n = a.length;
  if (n < window) {
    checkFinite(a, 'a');
    checkFinite(b, 'b');
    return new Float64Array(0);
  }
  const out = new Float64Array(n - window + 1);

  // Last index at which a (resp. b) changed value: the window [s, e] is constant iff lastChange ≤ s.
  let lastChangeA = 0;
  let lastChangeB = 0;
  checkFinite(Array.prototype.slice.call(a, 0, window) as number[], 'a');
  checkFinite(Array.prototype.slice.call(b, 0, window) as number[], 'b');
  for (let i = 1; i < window; i++) {
    if (a[i] !== a[i - 1]) lastChangeA = i;
    if (b[i] !== b[i - 1]) lastChangeB = i;
  }
  let m = windowMoments(a, b, 0, window);
  let meanA = m.meanA;
  let meanB = m.meanB;
  let m2a = m.m2a;
  let m2b = m.m2b;
  let cab = m.cab;
  let sinceResync = 0;
  // k = first index of the window; the window is [k, k + window − 1]. Plain locals, no closure: this
  // loop is the hot path (1M points in a few ms).
  for (let k = 0; k < out.length; k++) {
    if (k > 0) {
      const e = k + window - 1;
      const xn = a[e] as number;
      const yn = b[e] as number;
      if (xn - xn !== 0) throw nonFiniteAt('a', e);
      if (yn - yn !== 0) throw nonFiniteAt('b', e);
      const xo = a[k - 1] as number;
      const yo = b[k - 1] as number;
      if (xn !== a[e - 1]) lastChangeA = e;
      if (yn !== b[e - 1]) lastChangeB = e;
      const newMeanA = meanA + (xn - xo) / window;
      const newMeanB = meanB + (yn - yo) / window;
      // Replace (xo, yo) by (xn, yn): ΔM2 = (xn−μ)(xn−μ') − (xo−μ)(xo−μ'), ΔC likewise.
      m2a += (xn - meanA) * (xn - newMeanA) - (xo - meanA) * (xo - newMeanA);
      m2b += (yn - meanB) * (yn - newMeanB) - (yo - meanB) * (yo - newMeanB);
      cab += (xn - meanA) * (yn - newMeanB) - (xo - meanA) * (yo - newMeanB);
      meanA = newMeanA;
      meanB = newMeanB;
    }
    if (lastChangeA <= k || lastChangeB <= k) {
      out[k] = Number.NaN;
      continue;
    }
    // Drift guard, and the rare collapse of a non-constant window's spread by cancellation.
    if (++sinceResync === RESYNC || !(m2a > 0 && m2b > 0)) {
      sinceResync = 0;
      m = windowMoments(a, b, k, k + window);
      meanA = m.meanA;
      meanB = m.meanB;
      m2a = m.m2a;
      m2b = m.m2b;
      cab = m.cab;
    }
    const r = cab / Math.sqrt(m2a * m2b);
    out[k] = clampUnit(r);
  }
  return out;
}
