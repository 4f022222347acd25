/**
 * Which readings describe the same comparison. A reading names its sides by index ('S&P 600') or by the
 * fund that tracks one ('IWM'); for history and percentiles all US small-cap measures count as one side
 * and all S&P 500 measures as the other, so a live IWM vs SPY reading joins the published S&P 600 vs
 * S&P 500 history. Any other label stands for itself (case-insensitive).
 */
import type { ValuationReading } from '../types.ts';

const US_SMALL = new Set(['IWM', 'IJR', 'VB', 'VTWO', '^RUT', '^SP600', 'S&P 600', 'S&P SMALLCAP 600', 'RUSSELL 2000']);
const US_LARGE = new Set(['SPY', 'VOO', 'IVV', '^GSPC', '^SPX', 'S&P 500']);

/** 'us-small', 'us-large', or the label itself upper-cased. */
export function valuationSide(label: string): string {
  const key = label.trim().toUpperCase();
  if (US_SMALL.has(key)) return 'us-small';
  if (US_LARGE.has(key)) return 'us-large';
  return key;
}

/** The pair key of two sides, e.g. 'us-small vs us-large' for IWM vs SPY and for S&P 600 vs S&P 500. */
export const valuationPairKey = (small: string, large: string): string => `${valuationSide(small)} vs ${valuationSide(large)}`;

export const readingPairKey = (r: Pick<ValuationReading, 'smallIndex' | 'largeIndex'>): string =>
  valuationPairKey(r.smallIndex, r.largeIndex);

/** Readings of the pair `small` vs `large`, any basis, in input order. */
export function readingsOfPair(readings: readonly ValuationReading[], small: string, large: string): ValuationReading[] {
  const key = valuationPairKey(small, large);
  return readings.filter((r) => readingPairKey(r) === key);
}
