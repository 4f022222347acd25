/**
 * What the handlers need from the outside world, injected so tests use fakes (no chrome, no network).
 * `platform.ts` builds the real one from chrome.* and @rotation-lens/market-data.
 */
import type { BarsResult, ValuationReading } from '@rotation-lens/market-data';
import type { Settings } from '../shared/settings.ts';
import type { Memo } from './memo.ts';

export interface BarsOptions {
  forceRefresh?: boolean;
}

export interface CacheLike {
  clear(): Promise<number>;
  info(): Promise<{ entries: number; bytes: number }>;
}

/** Imported CSV histories (chrome.storage.local); they take precedence over providers for their symbol. */
export interface CsvStore {
  get(symbol: string): Promise<string | null>;
  put(symbol: string, csv: string): Promise<void>;
  clear(): Promise<void>;
}

export interface ValuationSource {
  /** Latest reading on or before `asOf` among shipped + the user's readings; null when none. */
  latest(settings: Settings, asOf?: string): ValuationReading | null;
  /** 1 − pe / peLarge; null for a meaningless P/E (≤ 0, non-finite). */
  discount(pe: number, peLarge: number): number | null;
}

export interface WorkerCtx {
  settings(): Promise<Settings>;
  /** Daily bars of a canonical symbol; concurrent calls for one symbol share one request. */
  bars(symbol: string, opts?: BarsOptions): Promise<BarsResult>;
  /** Resolves with the canonical symbol (and name when known), rejects with UnknownSymbol. */
  validateSymbol(symbol: string): Promise<{ symbol: string; name?: string }>;
  /** Parse an imported CSV into bars (throws a typed error naming the bad line). */
  parseCsv(csv: string, symbol: string): { date: string; close: number }[];
  cache: CacheLike;
  csv: CsvStore;
  memo: Memo;
  valuation: ValuationSource;
  online(): boolean;
  openOptions(): Promise<void>;
}
