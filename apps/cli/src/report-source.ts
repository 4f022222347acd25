import type { RotationReport } from '@rotation-lens/core';
import { earliestDate } from './date-order.ts';
import type { LoadedSeries } from './io/series-source.ts';
import type { ReportValuation } from './valuation/report-valuation.ts';

/** Where the numbers came from; printed in the text footer and as `source` in --json. */
export interface ReportSource {
  /** 'csv', or the provider(s) that answered, e.g. 'yahoo' or 'sample'. */
  provider: string;
  /** True when any side came from the seeded simulator. */
  simulated: boolean;
  /** Last date both series have data for (the data's as-of; the report's own asOf may be earlier). */
  asOf: string;
  /**
   * True when a provider's prices end before the last completed NYSE session (offline, refresh failed, or the
   * provider has nothing newer). CSV files and the sample are never stale.
   */
  stale: boolean;
  /** Why the prices are stale (first stale side), e.g. "the last completed session is 2026-11-20; --offline: no refresh attempted". */
  staleReason?: string;
  /** The --as-of asked for, when given; the report's own `asOf` is the last common session on or before it. */
  requestedAsOf?: string;
  /** Human label, e.g. "csv files in ./prices". */
  label: string;
}

/** The --json object: the core report, its valuation with date, basis and rank, and its source. */
export type ReportJson = Omit<RotationReport, 'valuation'> & { valuation: ReportValuation | null; source: ReportSource };

export function describeSource(label: string, ...series: LoadedSeries[]): ReportSource {
  const providers = [...new Set(series.map((s) => s.provider))];
  const lastDates = series.map((s) => s.bars.at(-1)?.date ?? '');
  const staleReason = series.find((s) => s.stale && s.staleReason)?.staleReason;
  return {
    provider: providers.join('+'),
    simulated: series.some((s) => s.simulated),
    asOf: earliestDate(lastDates),
    stale: series.some((s) => s.stale),
    ...(staleReason ? { staleReason } : {}),
    label,
  };
}
