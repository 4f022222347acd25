/**
 * Discount views. Never invented: a ticker gets one only from the P/E its page shows (vs the S&P 500
 * forward P/E of the latest dated reading); a small-cap proxy gets the reading's small-vs-large
 * discount with its date; anything else → null.
 */
import { isSmallCapProxy, type ValuationReading } from '@rotation-lens/market-data';
import type { DiscountView } from '../shared/messages.ts';
import type { ValuationSource } from './deps.ts';

export type PagePe = { pe: number; basis: 'forward' | 'trailing' };

export function readingView(reading: ValuationReading, valuation: ValuationSource): DiscountView | null {
  const discount = valuation.discount(reading.peSmall, reading.peLarge);
  if (discount === null) return null;
  return {
    pe: reading.peSmall,
    peLarge: reading.peLarge,
    discount,
    basis: reading.basis,
    date: reading.date,
    source: reading.source,
    from: 'reading',
    smallIndex: reading.smallIndex,
    largeIndex: reading.largeIndex,
  };
}

export function discountFor(
  symbol: string,
  reading: ValuationReading | null,
  pagePe: PagePe | undefined,
  valuation: ValuationSource,
): DiscountView | null {
  if (!reading) return null;
  if (isSmallCapProxy(symbol)) return readingView(reading, valuation);
  const discount = pagePe ? valuation.discount(pagePe.pe, reading.peLarge) : null;
  if (!pagePe || discount === null) return null;
  return {
    pe: pagePe.pe,
    peLarge: reading.peLarge,
    discount,
    basis: pagePe.basis,
    date: reading.date,
    source: `page P/E vs ${reading.largeIndex} ${reading.basis} P/E (${reading.source})`,
    from: 'page',
    largeIndex: reading.largeIndex,
  };
}
