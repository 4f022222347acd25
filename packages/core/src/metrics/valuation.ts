/**
 * Valuation discount of small vs large: 1 − PE_small / PE_large (15.6 vs 22.6 → 0.3097: small caps
 * 31% cheaper). P/E must be finite (NON_FINITE) and > 0 (NON_POSITIVE_PRICE: a negative P/E has no
 * meaningful discount).
 * discountPercentile: where a discount sits in a history of readings, 0–100, mid-rank for ties:
 * 100 × (#below + ½ #equal) / #readings; null for an empty history.
 */
import { checkFinite } from '../checks.ts';
import { CoreError } from '../errors.ts';

function checkPe(value: number, name: string): void {
  checkFinite([value], name);
  if (value <= 0) throw new CoreError('NON_POSITIVE_PRICE', `${name} must be > 0, got ${value}`, { series: name });
}

export function valuationDiscount(peSmall: number, peLarge: number): number {
  checkPe(peSmall, 'peSmall');
  checkPe(peLarge, 'peLarge');
  return 1 - peSmall / peLarge;
}

export function discountPercentile(current: number, history: number[]): number | null {
  checkFinite([current], 'current');
  checkFinite(history, 'history');
  if (history.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const x of history) {
    if (x < current) below++;
    else if (x === current) equal++;
  }
  return (100 * (below + equal / 2)) / history.length;
}
