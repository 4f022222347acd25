/**
 * Relative strength of small vs large per window: ratio change (1+r_s)/(1+r_l) − 1 (how much the
 * small/large price ratio moved) and spread r_s − r_l. Null where either return is null.
 */
import { CoreError } from '../errors.ts';
import { checkPrices, checkSameLength } from '../checks.ts';
import { WINDOW_KEYS, type WindowValues } from '../types.ts';

function combine(
  small: WindowValues,
  large: WindowValues,
  f: (s: number, l: number) => number,
): WindowValues {
  const out = {} as WindowValues;
  for (const key of WINDOW_KEYS) {
    const s = small[key];
    const l = large[key];
    out[key] = s === null || l === null ? null : f(s, l);
  }
  return out;
}

/**
 * (1 + r_small) / (1 + r_large) − 1 per window. A large return that rounds to −100% (prices that fall by
 * 300 orders of magnitude) leaves no ratio to compare: CoreError NON_FINITE, never a silent NaN.
 */
export const ratioChange = (small: WindowValues, large: WindowValues): WindowValues =>
  combine(small, large, (s, l) => {
    const change = (1 + s) / (1 + l) - 1;
    if (!Number.isFinite(change)) throw new CoreError('NON_FINITE', 'relative strength: a return rounds to −100%, no ratio change');
    return change;
  });

/** r_small − r_large per window. */
export const returnSpread = (small: WindowValues, large: WindowValues): WindowValues =>
  combine(small, large, (s, l) => s - l);

/** small/large price ratio for indices [from, n): out[i] = small[from+i]/large[from+i]. */
export function priceRatio(small: ArrayLike<number>, large: ArrayLike<number>, from = 0): Float64Array {
  checkSameLength('priceRatio(small, large)', small, large);
  checkPrices(small, 'small');
  checkPrices(large, 'large');
  return priceRatioUnchecked(small, large, from);
}

/**
 * priceRatio without its checks, for computeReport's aligned series (validated by alignSeries: finite, > 0,
 * parallel). An over- or underflow still throws.
 */
export function priceRatioUnchecked(small: ArrayLike<number>, large: ArrayLike<number>, from = 0): Float64Array {
  const start = Math.max(0, Math.min(from, small.length));
  const out = new Float64Array(small.length - start);
  let zeroOrInf = false;
  for (let i = start; i < small.length; i++) {
    const r = (small[i] as number) / (large[i] as number);
    out[i - start] = r;
    zeroOrInf ||= r === 0 || r === Number.POSITIVE_INFINITY;
  }
  // Positive finite prices give a positive finite ratio unless it over- or underflows (1e300 / 1e-300).
  if (zeroOrInf) throw new CoreError('NON_FINITE', 'priceRatio: the ratio over- or underflows (prices near 1e±300)');
  return out;
}
