/**
 * A ticker's discount compares like with like: the P/E its page shows against the benchmark's P/E of the
 * same basis (trailing with trailing, forward with forward), taken from the latest reading on or before
 * the date on screen whose large side is the S&P 500 (shipped, live or the user's own). A page that shows
 * both bases gives both, forward first; with no same-basis benchmark reading the page P/E gets no
 * comparison at all (never trailing vs forward). Every discount carries its reading's date and whether it
 * is stale at display time.
 */
import { isReadingStale, latestReading, type ValuationReading, valuationSide } from '@rotation-lens/market-data';
import type { DiscountView } from '../contracts/messages.ts';

export type PagePe = { pe: number; basis: 'forward' | 'trailing' };

export interface LikeOptions {
  /** Only readings dated on or before this date (the bars on screen). */
  asOf?: string;
  now: Date;
  discount(pe: number, peLarge: number): number | null;
}

/** The latest reading of `basis` whose large side is the S&P 500 (any small side: only peLarge is used). */
export function benchmarkReading(readings: readonly ValuationReading[], basis: PagePe['basis'], asOf?: string): ValuationReading | null {
  const same = readings.filter((r) => r.basis === basis && valuationSide(r.largeIndex) === 'us-large');
  return latestReading(same, asOf ? { asOf } : {});
}

function oneDiscount(page: PagePe, readings: readonly ValuationReading[], opts: LikeOptions): DiscountView | null {
  const reading = benchmarkReading(readings, page.basis, opts.asOf);
  if (!reading) return null;
  const discount = opts.discount(page.pe, reading.peLarge);
  if (discount === null) return null;
  return {
    pe: page.pe,
    peLarge: reading.peLarge,
    discount,
    basis: page.basis,
    date: reading.date,
    source: `page ${page.basis} P/E vs ${reading.largeIndex} ${reading.basis} P/E (${reading.source})`,
    from: 'page',
    largeIndex: reading.largeIndex,
    stale: isReadingStale(reading.date, opts.now),
  };
}

/** Forward first, then trailing; the second basis, when the page has it too, rides along as `alternate`. */
export function pageDiscount(pages: readonly PagePe[], readings: readonly ValuationReading[], opts: LikeOptions): DiscountView | null {
  const ordered = [...pages].sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'forward' ? -1 : 1));
  const views = ordered.map((p) => oneDiscount(p, readings, opts)).filter((v): v is DiscountView => v !== null);
  const [first, second] = views;
  if (!first) return null;
  return second ? { ...first, alternate: second } : first;
}
