/**
 * Discount views. Never invented: a ticker gets one only from the P/E its page shows, against the
 * benchmark's P/E of the same basis (like-with-like.ts); a small-cap proxy gets the reading's
 * small-vs-large discount with its date; anything else → null. Each carries whether its reading is stale.
 */
import { isReadingStale, isSmallCapProxy, type ValuationReading } from '@rotation-lens/market-data';
import type { DiscountView } from '../contracts/messages.ts';
import type { ValuationSource } from './deps.ts';
import { type PagePe, pageDiscount } from './like-with-like.ts';

export type { PagePe } from './like-with-like.ts';

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
    stale: isReadingStale(reading.date, valuation.now()),
    ...(reading.earningsGrowth ? { growth: reading.earningsGrowth } : {}),
  };
}

export function discountFor(
  symbol: string,
  reading: ValuationReading | null,
  pagePe: PagePe | readonly PagePe[] | undefined,
  valuation: ValuationSource,
  readings: readonly ValuationReading[] = reading ? [reading] : [],
): DiscountView | null {
  if (isSmallCapProxy(symbol)) return reading ? readingView(reading, valuation) : null;
  if (!pagePe) return null;
  const pages: readonly PagePe[] = Array.isArray(pagePe) ? pagePe : [pagePe as PagePe];
  return pageDiscount(pages, readings, { now: valuation.now(), discount: valuation.discount });
}
