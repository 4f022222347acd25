/**
 * Maximum drawdown: min over t of P[t] / max(P[≤t]) − 1 (≤ 0) over the whole series given, with the
 * date of the peak it fell from and of the trough. When the series never falls below a prior peak,
 * max = 0 and peak = trough = null. Ties: the earliest trough with the minimal value wins.
 */
import { checkPrices, checkSameLength } from '../checks.ts';
import type { DrawdownResult } from '../types.ts';

export function maxDrawdown(prices: ArrayLike<number>, dates: string[]): DrawdownResult {
  checkPrices(prices);
  checkSameLength('maxDrawdown(prices, dates)', prices, dates);
  return maxDrawdownUnchecked(prices, dates);
}

/** maxDrawdown without its checks, for computeReport's aligned series (validated by alignSeries). */
export function maxDrawdownUnchecked(prices: ArrayLike<number>, dates: string[]): DrawdownResult {
  let peakValue = prices[0] as number;
  let peakIndex = 0;
  let worst = 0;
  let worstPeak = -1;
  let worstTrough = -1;
  for (let i = 1; i < prices.length; i++) {
    const p = prices[i] as number;
    if (p > peakValue) {
      peakValue = p;
      peakIndex = i;
    } else {
      const dd = p / peakValue - 1;
      if (dd < worst) {
        worst = dd;
        worstPeak = peakIndex;
        worstTrough = i;
      }
    }
  }
  return {
    max: worst,
    peak: worstPeak < 0 ? null : (dates[worstPeak] as string),
    trough: worstTrough < 0 ? null : (dates[worstTrough] as string),
  };
}
