import type { ValuationReading } from '../types.ts';

/**
 * Valuation discounts as fractions: 0.31 = small caps 31% cheaper than large caps; negative = a premium.
 * Bad input (non-finite, zero or negative P/E) → null, never NaN or Infinity: a loss-making company has
 * no meaningful P/E discount.
 */
export function tickerDiscount(peTicker: number, peLarge: number): number | null {
  if (!Number.isFinite(peTicker) || !Number.isFinite(peLarge) || peTicker <= 0 || peLarge <= 0) return null;
  return 1 - peTicker / peLarge;
}

/** The reading's published discount when it has one, else 1 − peSmall/peLarge. */
export function readingDiscount(reading: ValuationReading): number | null {
  if (reading.discount !== undefined) return Number.isFinite(reading.discount) ? reading.discount : null;
  return tickerDiscount(reading.peSmall, reading.peLarge);
}
