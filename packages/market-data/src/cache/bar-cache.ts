import type { DailyBar, ProviderId } from '../types.ts';

/**
 * Contract of the bar cache shared by the extension (IndexedDB), the CLI (JSON files) and tests (memory).
 * One entry per (provider, symbol): bars from different providers are never mixed, so switching provider
 * (or leaving the simulated sample) can never serve another source's bars under the wrong label.
 */
export interface CachedBars {
  symbol: string;
  provider: ProviderId;
  /** Ascending by date, deduplicated. */
  bars: DailyBar[];
  /** ISO instant of the last successful fetch that produced these bars. */
  fetchedAt: string;
  /** ISO instant of the last fetch attempt (successful or not); drives refresh throttling. */
  checkedAt?: string;
  /** Why the attempt at `checkedAt` failed; absent after a successful fetch. */
  refreshError?: { kind: string; message: string };
  simulated?: boolean;
  currency?: string;
  exchangeTimezone?: string;
}

/** 'yahoo:^GSPC'. Symbols are canonical (upper-case, Yahoo style), so the key is case-exact. */
export type CacheKey = `${ProviderId}:${string}`;

export function cacheKey(provider: ProviderId, symbol: string): CacheKey {
  return `${provider}:${symbol}`;
}

/** The symbol part of a key: 'yahoo:^GSPC' → '^GSPC'. */
export const symbolOfKey = (key: CacheKey): string => key.slice(key.indexOf(':') + 1);

export interface CacheInfo {
  entries: number;
  /** UTF-8 size of the stored JSON, summed. */
  bytes: number;
}

export interface BarCache {
  /**
   * The entry, or null when absent or unreadable (a corrupt entry, or one holding another symbol than its key
   * names, is dropped, never returned).
   */
  get(key: CacheKey): Promise<CachedBars | null>;
  /** Stores the entry, then evicts least-recently-used others while the total exceeds maxBytes. */
  put(key: CacheKey, entry: CachedBars): Promise<void>;
  /** True when an entry was removed. */
  delete(key: CacheKey): Promise<boolean>;
  /** Removes everything; resolves to the number of entries removed. */
  clear(): Promise<number>;
  info(): Promise<CacheInfo>;
}

export interface BarCacheOptions {
  /** Size cap in bytes (default 25 MB). An entry larger than the cap on its own is still kept alone. */
  maxBytes?: number;
  /** Clock for recency (tests inject one); default Date.now. */
  now?: () => number;
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
