import type { BarCache } from '../cache/bar-cache.ts';
import type { BarsResult, Provider, ProviderId } from '../types.ts';

/**
 * Public contract of the market-data service: the one place that combines providers, the cache and the
 * NYSE calendar. Consumers (CLI, extension worker) only ever call this.
 */

export type FetchMode = 'cache-first' | 'network-first';

export interface GetBarsOptions {
  /** Fetch now (tail or full), ignoring "up to date" and the refresh throttle. Implies network-first. */
  forceRefresh?: boolean;
  /** Rejects this call with an AbortError; a fetch shared with other callers keeps going for them. */
  signal?: AbortSignal;
  /**
   * 'cache-first' (default, stale-while-revalidate): cached bars are returned at once; when a refresh is
   * due it starts in the background and the result says `stale: true` — `revalidate()` yields the update.
   * 'network-first': when a refresh is due, wait for it; on failure fall back to the cached bars.
   */
  mode?: FetchMode;
}

export interface ValidatedSymbol {
  symbol: string;
  provider: ProviderId;
  asOf: string;
  simulated?: boolean;
}

export interface MarketData {
  getBars(symbol: string, opts?: GetBarsOptions): Promise<BarsResult>;
  /** Joins the pending refresh of `symbol`, or refreshes it now if one is due (network-first). */
  revalidate(symbol: string, opts?: Omit<GetBarsOptions, 'mode'>): Promise<BarsResult>;
  /** Canonical symbol + who serves it; rejects with a typed error (UnknownSymbol, Offline, …). */
  validateSymbol(symbol: string, opts?: { signal?: AbortSignal }): Promise<ValidatedSymbol>;
  /** Refreshes currently in flight (one per symbol at most: concurrent callers share it). */
  readonly inflight: number;
}

export interface MarketDataOptions {
  /** The user's order: the first that answers wins. */
  providers: Provider[];
  cache: BarCache;
  now?: () => Date;
  /** Depth of a full fetch (default 10 years: five years of rolling one-year windows plus margin). */
  history?: { years: number };
  /** No network attempt for a symbol within this long of its previous attempt (default 15 min). */
  minRefreshIntervalMs?: number;
  /** Connectivity probe; default navigator.onLine where it exists, else always online. */
  online?: () => boolean;
  /**
   * Builds the provider chain. Default: createProviderChain (src/net: coalescing, per-provider rate limits,
   * retries with backoff, ordered fallback).
   */
  chain?: (providers: Provider[]) => Provider;
}

export const DEFAULT_HISTORY_YEARS = 10;
export const DEFAULT_MIN_REFRESH_INTERVAL_MS = 15 * 60 * 1000;
