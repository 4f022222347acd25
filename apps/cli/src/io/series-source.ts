import type { Bar } from '@rotation-lens/core';

/** One symbol's prices as the CLI hands them to core, with where they came from. */
export interface LoadedSeries {
  symbol: string;
  bars: Bar[];
  /** 'csv' for --data, else the provider id that answered (e.g. 'yahoo', 'sample'). */
  provider: string;
  /** True for the seeded simulator: every output must say so. */
  simulated: boolean;
  /** True when served from cache because a due refresh failed (offline, provider down). */
  stale: boolean;
  /** Why it is stale, one line (e.g. "--offline: no refresh attempted", or the refresh error). */
  staleReason?: string;
}

/** Loads a symbol's daily bars. Throws CliError / typed package errors with one-line messages. */
export interface SeriesSource {
  /** Human label for the report footer, e.g. "csv files in ./prices" or "yahoo (cache ~/.cache/rotation-lens)". */
  readonly label: string;
  load(symbol: string): Promise<LoadedSeries>;
}
