/**
 * Public contract of @rotation-lens/market-data.
 * Flow: provider (HTTP / CSV / sample) → validated DailyBar[] → cache → consumers (CLI, extension).
 */

import type { Deadline } from './net/deadline.ts';

export type ProviderId = 'yahoo' | 'stooq' | 'alphavantage' | 'tiingo' | 'twelvedata' | 'csv' | 'sample';

/** One validated daily bar. `date` is the session date in the exchange's time zone. */
export interface DailyBar {
  date: string;
  open?: number;
  high?: number;
  low?: number;
  close: number;
  /** Split- and dividend-adjusted close when the provider gives it. */
  adjClose?: number;
  volume?: number;
}

export interface BarRequest {
  /** Canonical symbol (Yahoo style): 'SPY', '^GSPC', '^RUT', 'BRK-B'. Providers map it to their own form. */
  symbol: string;
  /** Inclusive 'YYYY-MM-DD'; omitted = as far back as the provider goes. */
  from?: string;
  /** Inclusive 'YYYY-MM-DD'; omitted = latest. */
  to?: string;
  signal?: AbortSignal;
}

export interface BarSeries {
  symbol: string;
  provider: ProviderId;
  bars: DailyBar[];
  currency?: string;
  exchangeTimezone?: string;
  /** True for the seeded simulator: every display must label it "simulated". */
  simulated?: boolean;
}

export interface Provider {
  readonly id: ProviderId;
  readonly label: string;
  readonly needsKey: boolean;
  getDailyBars(req: BarRequest): Promise<BarSeries>;
}

/** Injected so tests never touch the network. Same signature as global fetch. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ProviderOptions {
  fetch?: FetchLike;
  /** Request deadline (whole response, body included) and optional overall budget; default 15 s per request. */
  deadline?: Deadline;
  apiKey?: string;
  /** Override base URL (tests point it at a local server). */
  baseUrl?: string;
  now?: () => Date;
}

/** What a consumer gets back from the market-data service (cache + providers). */
export interface BarsResult extends BarSeries {
  /** Date of the last bar. */
  asOf: string;
  /** True when served from cache and a refresh was due but failed or is pending. */
  stale: boolean;
  fromCache: boolean;
  /** When a refresh failed: why (the last good data is still returned). */
  refreshError?: { kind: string; message: string };
}

/** A dated forward P/E reading for the valuation discount. */
export interface ValuationReading {
  id: string;
  date: string;
  /** e.g. 'S&P 600' */
  smallIndex: string;
  /** e.g. 'S&P 500' */
  largeIndex: string;
  peSmall: number;
  peLarge: number;
  basis: 'forward' | 'trailing';
  source: string;
  url?: string;
  note?: string;
  /** true for readings shipped with the product; false for the user's own. */
  shipped: boolean;
  /**
   * The published small-vs-large discount (fraction) when a source gave the discount itself; then it is
   * what readingDiscount() returns, and peSmall/peLarge are indicative only (see `note`).
   */
  discount?: number;
  /** A rounded/approximate reading ("~30%"): never picked by latestReading() unless asked for. */
  approximate?: boolean;
  /** Earnings-growth estimates quoted with the reading (fractions, 0.17 = 17%), with their source. */
  earningsGrowth?: EarningsGrowth;
}

/** An estimate range per side; `large` is absent when the source gave the small-cap figure only. */
export interface EarningsGrowth {
  small: { low: number; high: number };
  large?: { low: number; high: number };
  source: string;
}
