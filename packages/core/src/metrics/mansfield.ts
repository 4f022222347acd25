/**
 * Mansfield relative strength: (ratio / SMA(ratio, 200) − 1) × 100 at the last point of the ratio
 * series (small/large prices). Null with fewer than 200 points. Only the last 200 values are read.
 */
import { checkPrices } from '../checks.ts';

export const MANSFIELD_PERIOD = 200;

export function mansfield(ratio: Float64Array): number | null {
  const n = ratio.length;
  if (n < MANSFIELD_PERIOD) return null;
  const tail = ratio.subarray(n - MANSFIELD_PERIOD);
  checkPrices(tail, 'ratio');
  let sum = 0;
  for (let i = 0; i < MANSFIELD_PERIOD; i++) sum += tail[i] as number;
  return ((ratio[n - 1] as number) / (sum / MANSFIELD_PERIOD) - 1) * 100;
}
