import type { ValuationReading } from '../types.ts';

/**
 * Dated snapshot of published small-vs-large valuation readings shipped with the product (January 2026).
 * They stay as history beside the live readings and are always labelled as published figures.
 *
 * Honesty rules: numbers are only those published; a reading whose source gave a rounded discount is
 * marked `approximate` and carries the discount itself — its P/Es are indicative (derived from the
 * S&P 500 forward P/E of the same month) and say so in `note`. Sources were checked offline only as far
 * as `note` says; re-verify before quoting them elsewhere.
 */
export const SHIPPED_READINGS: readonly ValuationReading[] = Object.freeze([
  {
    id: 'shipped-2026-01-sp600-sp500-forward',
    date: '2026-01-01',
    smallIndex: 'S&P 600',
    largeIndex: 'S&P 500',
    peSmall: 15.6,
    peLarge: 22.6,
    basis: 'forward',
    source: 'Weighted forward P/E (analyst consensus), as reported in the financial press, January 2026',
    note:
      'Month-level date (January 2026). Discount 1 − 15.6/22.6 = 30.97%. The same S&P 600 vs S&P 500 weighted ' +
      'forward P/E comparison was discussed by MarketWatch (Philip van Doorn, 2026-01-14, citing State Street ' +
      'Investment Management); the exact figures were not re-verified against the primary data provider.',
    earningsGrowth: {
      small: { low: 0.17, high: 0.22 },
      source: 'Strategist estimates of small-cap earnings growth for 2026 quoted in the same articles (published range, not re-verified)',
    },
    shipped: true,
  },
  {
    id: 'shipped-2026-01-small-ex-unprofitable-approx',
    date: '2026-01-01',
    smallIndex: 'US small caps (profitable companies only)',
    largeIndex: 'S&P 500',
    peSmall: 16.7,
    peLarge: 22.6,
    basis: 'forward',
    source: 'Strategist commentary, January 2026 (approximate)',
    note:
      'Published as "about 26% cheaper" once unprofitable companies are excluded; only the discount was ' +
      'published. P/Es are indicative: 22.6 × (1 − 0.26) ≈ 16.7. Primary source not verified offline.',
    discount: 0.26,
    approximate: true,
    shipped: true,
  },
  {
    id: 'shipped-2026-01-small-discount-approx',
    date: '2026-01-01',
    smallIndex: 'S&P 600',
    largeIndex: 'S&P 500',
    peSmall: 15.8,
    peLarge: 22.6,
    basis: 'forward',
    source: 'Financial press, start of 2026 (approximate)',
    note:
      'Published as "about 30% cheaper" at the start of 2026; only the rounded discount was published. ' +
      'P/Es are indicative: 22.6 × (1 − 0.30) ≈ 15.8. Consistent with the 15.6x vs 22.6x reading.',
    discount: 0.3,
    approximate: true,
    shipped: true,
  },
]);
