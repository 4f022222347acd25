/**
 * What the handlers need from the outside world, injected so tests use fakes (no chrome, no network).
 * `platform.ts` builds the real one from chrome.* and @rotation-lens/market-data.
 */
import type { BarsResult, LiveRefreshResult, ValuationReading } from '@rotation-lens/market-data';
import type { OptionsSection } from '../contracts/messages.ts';
import type { Settings } from '../settings/schema.ts';
import type { Memo } from './memo.ts';
import type { PageKitStore } from './page-kit-store.ts';
import type { ReplyStore } from './reply-store.ts';

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
  /** Every reading: shipped, the user's own and the live ones kept by the daily fetch. */
  readings(settings: Settings): ValuationReading[];
  /** Display time, for the 45-day staleness of a reading. */
  now(): Date;
}

/** The live valuation readings (live-valuation.ts): Yahoo's trailing/forward P/E of the user's pair. */
export interface LiveValuation {
  /**
   * Fetches now, even when today's fetch already ran; null when the fc.yahoo.com permission is not held.
   * Once it resolves, the worker's views use the readings it kept.
   */
  refreshNow(settings: Settings): Promise<LiveRefreshResult | null>;
}

/** The sender of a message, as far as handlers need it: a content script's tab and frame. */
export interface MessageFrom {
  tabId?: number;
  frameId?: number;
}

export interface WorkerCtx {
  settings(): Promise<Settings>;
  /**
   * The settings read again from storage now (and kept for the next calls): for a client that has
   * just seen them change and must not get the cached copy the worker's own change event has not
   * dropped yet.
   */
  freshSettings(): Promise<Settings>;
  /** Daily bars of a canonical symbol; concurrent calls for one symbol share one request. */
  bars(symbol: string, opts?: BarsOptions): Promise<BarsResult>;
  /** Resolves with the canonical symbol (and name when known), rejects with UnknownSymbol. */
  validateSymbol(symbol: string): Promise<{ symbol: string; name?: string }>;
  /** Parse an imported CSV into bars (throws a typed error naming the bad line). */
  parseCsv(csv: string, symbol: string): { date: string; close: number }[];
  cache: CacheLike;
  csv: CsvStore;
  memo: Memo;
  /** Replies kept across worker restarts (chrome.storage.session); absent in tests that do not need it. */
  replies?: ReplyStore;
  /** What pages paint first, kept in chrome.storage.session (page-kit-store.ts); absent in tests that do not need it. */
  kit?: PageKitStore;
  valuation: ValuationSource;
  live: LiveValuation;
  online(): boolean;
  /** Opens the options page (at `section` when given). */
  openOptions(section?: OptionsSection): Promise<void>;
  /** Runs an extension script file (`content/<module>.js`) in one frame of a tab, isolated world. */
  injectScript(target: { tabId: number; frameId: number }, file: string): Promise<void>;
}
