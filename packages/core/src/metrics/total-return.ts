/** Total return since the first point: P[last] / P[0] − 1 (0 for a single point). */
import { checkPrices, checkResult } from '../checks.ts';

export function totalReturn(prices: ArrayLike<number>): number {
  checkPrices(prices);
  return totalReturnUnchecked(prices);
}

/** totalReturn without the price check, for computeReport's aligned series; an overflow still throws. */
export function totalReturnUnchecked(prices: ArrayLike<number>): number {
  return checkResult((prices[prices.length - 1] as number) / (prices[0] as number) - 1, 'totalReturn');
}
