import { computeReport, isCoreError, type PriceField, type RotationReport } from '@rotation-lens/core';
import { checkAsOf } from './as-of-range.ts';
import { CliError } from './errors.ts';
import type { LoadedSeries } from './io/series-source.ts';

export interface ComputeOptions {
  asOf?: string;
  price?: PriceField;
  window: number;
  /** P/Es for the report's valuation (context evidence in the verdict, never a vote). */
  valuation?: { peSmall: number; peLarge: number; date: string; source: string } | null;
}

/**
 * The core report of one pair, as `report` and every `scan` row compute it: --as-of checked against the data
 * first, and "too few common sessions" caused by an early --as-of said in terms of the flag the user typed.
 */
export function computePair(small: LoadedSeries, large: LoadedSeries, opts: ComputeOptions): RotationReport {
  checkAsOf(opts.asOf, small, large);
  try {
    return computeReport(small, large, {
      window: opts.window,
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...(opts.price ? { price: opts.price } : {}),
      ...(opts.valuation ? { valuation: opts.valuation } : {}),
    });
  } catch (e) {
    if (opts.asOf && isCoreError(e) && e.code === 'TOO_SHORT') {
      throw new CliError(`--as-of ${opts.asOf} is too early: ${small.symbol} and ${large.symbol} have fewer than 2 common sessions up to then`);
    }
    throw e;
  }
}
