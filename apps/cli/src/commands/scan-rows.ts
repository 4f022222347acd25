import { rsRating } from '@rotation-lens/core';
import { type ComputeOptions, computePair } from '../compute.ts';
import { describeError } from '../errors.ts';
import type { LoadedSeries } from '../io/series-source.ts';

/** One watchlist symbol against the benchmark. Numbers are fractions; null = not enough data. */
export interface ScanRow {
  symbol: string;
  /** Ratio change symbol/benchmark over 3M (63 sessions). */
  rs3m: number | null;
  /** 1–99 percentile within the watchlist (core rsRating); null when the history is too short. */
  rsRating: number | null;
  streak: number | null;
  streakLongestSince: string | null;
  rsi: number | null;
  return1Y: number | null;
  asOf: string | null;
  simulated: boolean;
  /** True when this symbol's or the benchmark's prices end before the last completed session (providers only). */
  stale: boolean;
  /** Set when this symbol could not be scanned (the other fields are null). */
  error?: string;
}

export type ScanOptions = ComputeOptions;

const failedRow = (symbol: string, error: string): ScanRow => ({
  symbol,
  rs3m: null,
  rsRating: null,
  streak: null,
  streakLongestSince: null,
  rsi: null,
  return1Y: null,
  asOf: null,
  simulated: false,
  stale: false,
  error,
});

function scanOne(series: LoadedSeries, large: LoadedSeries, opts: ScanOptions): ScanRow {
  try {
    const r = computePair(series, large, opts);
    return {
      symbol: series.symbol,
      rs3m: r.relativeStrength.change['3M'],
      rsRating: null,
      streak: r.streak.sessions,
      streakLongestSince: r.streak.longestSince,
      rsi: r.rsi.small,
      return1Y: r.returns.small['1Y'],
      asOf: r.asOf,
      simulated: series.simulated || large.simulated,
      stale: series.stale || large.stale,
    };
  } catch (e) {
    return failedRow(series.symbol, describeError(e).message);
  }
}

/** The scan's date: the benchmark's last session on or before --as-of (its last one without); null if none. */
export function scanDate(large: LoadedSeries, asOf: string | undefined): string | null {
  for (let i = large.bars.length - 1; i >= 0; i--) {
    const date = large.bars[i]!.date;
    if (asOf === undefined || date <= asOf) return date;
  }
  return null;
}

/**
 * Rows in watchlist order. `loaded` holds each symbol's series or the one-line reason it failed to load.
 * RS rating ranks only the symbols that scanned up to the scan's date, over the watchlist (not the benchmark):
 * a symbol whose prices end earlier keeps its row, dated by its own `asOf`, but is not rated — comparing its old
 * score with current ones would say nothing.
 */
export function scanRows(loaded: (LoadedSeries | { symbol: string; error: string })[], large: LoadedSeries, opts: ScanOptions): ScanRow[] {
  const rows = loaded.map((s) => ('error' in s ? failedRow(s.symbol, s.error) : scanOne(s, large, opts)));
  const date = scanDate(large, opts.asOf);
  const current = new Set(rows.filter((r) => !r.error && r.asOf === date).map((r) => r.symbol));
  const universe = loaded.filter((s): s is LoadedSeries => current.has(s.symbol));
  if (universe.length > 0) {
    const ratings = rsRating(
      universe.map((s) => ({ symbol: s.symbol, bars: s.bars })),
      { ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.price ? { price: opts.price } : {}) },
    );
    for (const row of rows) row.rsRating = ratings.get(row.symbol) ?? null;
  }
  return rows;
}
