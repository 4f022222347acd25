import type { ValuationReading } from '@rotation-lens/market-data';

/** The report's `valuation` in --json (numbers are fractions) and the text line's input. */
export interface ReportValuation {
  peSmall: number;
  peLarge: number;
  /** 1 − peSmall/peLarge: positive = small caps cheaper. */
  discount: number;
  basis: ValuationReading['basis'];
  /** The reading's date (a live reading: the quotes' market date). */
  date: string;
  source: string;
  /** What the P/Es measure, e.g. 'S&P 600' / 'S&P 500', or 'IWM' / 'SPY' for a live reading. */
  smallIndex: string;
  largeIndex: string;
  /** More than 45 days old at display time. */
  stale: boolean;
  /** Mid-rank percentile of the discount among the readings of the same pair and basis up to its date. */
  percentile?: number;
  /** How many readings that percentile is taken over (the reading itself included). */
  readings?: number;
  /** True for readings shipped with the product (published figures). */
  published?: boolean;
  /** Why the live refresh failed, when it did (the reading shown is then the last good one, or a published one). */
  refreshError?: string;
}
