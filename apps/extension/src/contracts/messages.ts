/**
 * Typed messages between the background worker (owner of data and computation) and its clients
 * (content scripts, popup, options). Sent with chrome.runtime.sendMessage; every reply is a
 * `Reply<T>`: never a thrown error across the boundary.
 */
import type { BreadthResult, RotationReport } from '@rotation-lens/core';
import type { EarningsGrowth, ProviderId } from '@rotation-lens/market-data';
import type { BadgesTexts } from './badge-model.ts';
import type { PageSettings } from './page-settings.ts';
import type { PageSiteId } from './sites.ts';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { kind: string; message: string } };

/** Where the data came from and how fresh it is: shown in every card and footer. */
export interface DataStamp {
  provider: ProviderId;
  /** Date of the last bar, 'YYYY-MM-DD'. */
  asOf: string;
  stale: boolean;
  offline: boolean;
  simulated: boolean;
}

export type PagePeValue = { pe: number; basis: 'forward' | 'trailing' };

export interface DiscountView {
  /** The ticker's (or small-cap index's) P/E. */
  pe: number;
  /** The S&P 500's P/E it is compared with. */
  peLarge: number;
  /** 1 − pe / peLarge; negative = premium. */
  discount: number;
  basis: 'forward' | 'trailing';
  date: string | null;
  source: string;
  /** 'page' = read from the page, 'reading' = dated valuation reading (small-cap proxies). */
  from: 'page' | 'reading' | 'provider';
  /** The reading's index names, e.g. 'S&P 600' (for `from: 'reading'`) and 'S&P 500'; optional. */
  smallIndex?: string;
  largeIndex?: string;
  /** The reading is more than 45 days old at display time: show it as stale, with a way to refresh. */
  stale?: boolean;
  /** The same ticker's other basis when its page shows both P/Es (Finviz: P/E and Forward P/E). */
  alternate?: DiscountView;
  /** Earnings-growth estimates quoted with the reading (fractions), with their source. */
  growth?: EarningsGrowth;
}

/**
 * Context lines for a report, worded by core (`highContextText`, `studySentences`) in the worker so pages
 * carry no core code: the small side's record / 52-week high, and the streak study's answer while a
 * streak of 2+ sessions is shown.
 */
export interface ReportNotes {
  record: string | null;
  streakStudy: string | null;
}

export type TickerView =
  | {
      status: 'ok';
      symbol: string;
      /** X (as "small") vs the benchmark (as "large"), with series for the chart; `analogs` null (see notes). */
      report: RotationReport;
      discount: DiscountView | null;
      /** The page's P/E when no benchmark reading of its basis exists: shown alone, never compared. */
      pagePe?: PagePeValue;
      stamp: DataStamp;
      notes?: ReportNotes;
    }
  | { status: 'unknown'; symbol: string; message: string }
  | { status: 'error'; symbol: string; message: string; stamp?: DataStamp };

/** Small-cap proxy vs benchmark: the market context shown on every ticker page and in the popup. */
export interface RotationContext {
  /** With `analogs` in get-dashboard (the popup's "What followed"); null in get-badges replies. */
  report: RotationReport;
  valuation: DiscountView | null;
  stamp: DataStamp;
  notes?: ReportNotes;
}

export interface WatchlistRow {
  symbol: string;
  lastClose: number | null;
  rs3m: number | null;
  rsRating: number | null;
  streak: number | null;
  discount: number | null;
  /** Relative-rotation coordinates (normalised around 100) with a short tail, oldest first. */
  rrg: { ratio: number; momentum: number; tail: { ratio: number; momentum: number }[] } | null;
  error?: string;
}

export interface DashboardView {
  context: RotationContext;
  watchlistId: string;
  rows: WatchlistRow[];
  /** The list's breadth (core `breadth`): up on the last session, above the 50-day average, at a 52-week high. */
  breadth?: BreadthResult | null;
}

/**
 * Parts of the content script a page may never need, loaded on demand: the
 * hover card (on first hover/focus; the article scanner is part of every page script). The worker injects
 * `content/<module>.js` into the asking tab's frame (chrome.scripting, isolated world).
 */
export type ContentModule = 'card';

/** A section of the options page a client may open it at (its element id). */
export type OptionsSection = 'valuation';

/**
 * What came of a user's "refresh the reading" (a stale discount's button): the fresh live reading's
 * date, or why there is none — live readings not allowed (the fc.yahoo.com permission), or the fetch
 * failed and the last reading stays.
 */
export type ValuationRefreshResult =
  | { status: 'fresh'; date: string; source: string }
  | { status: 'not-permitted' }
  | { status: 'failed'; message: string; lastDate: string | null };

/** The answer: the result and its words, built by the worker (present/valuation/refresh-text.ts) for the card and popup. */
export type ValuationRefresh = ValuationRefreshResult & { text: string };

export type { PageSettings };

/**
 * A page's badge cap: one get-badges message carries at most this many symbols (a page with more
 * sends several), and an article gets at most this many inline badges.
 */
export const PAGE_BADGE_CAP = 60;

export type Request =
  | {
      type: 'get-badges';
      site: PageSiteId;
      symbols: string[];
      /** P/Es the page shows per symbol: one, or both bases (Finviz shows P/E and Forward P/E). */
      pagePe?: Record<string, PagePeValue | PagePeValue[]>;
    }
  | { type: 'get-context' }
  | { type: 'get-dashboard'; watchlistId?: string }
  | { type: 'validate-symbol'; symbol: string }
  | { type: 'refresh' }
  | { type: 'clear-cache' }
  | { type: 'cache-info' }
  | { type: 'import-csv'; symbol: string; csv: string }
  /** `section`: open the page at that section (e.g. the valuation readings, from a stale discount). */
  | { type: 'open-options'; section?: OptionsSection }
  /** Fetch the live valuation readings of the user's pair now, even when today's fetch already ran. */
  | { type: 'refresh-valuation' }
  | { type: 'load-module'; module: ContentModule }
  /** `fresh`: the page saw the settings change; read them from storage, not the worker's cache. */
  | { type: 'get-page-settings'; fresh?: boolean }
  /** Badge the tickers on one tab's page now: the popup's button (activeTab grant; background/any-page.ts). */
  | { type: 'badge-tab'; tabId: number };

export interface ResponseMap {
  /** `texts`: every badge's text in both densities, built by the worker (badge-model.ts). */
  'get-badges': { context: RotationContext | null; tickers: Record<string, TickerView>; texts: BadgesTexts };
  'get-context': RotationContext;
  'get-dashboard': DashboardView;
  'validate-symbol': { symbol: string; name?: string };
  refresh: { refreshed: number };
  'clear-cache': { cleared: number };
  'cache-info': { symbols: number; bytes: number };
  'import-csv': { symbol: string; bars: number; from: string; to: string };
  'open-options': null;
  'refresh-valuation': ValuationRefresh;
  /** Resolves once the module's script has run in the asking frame. */
  'load-module': null;
  'get-page-settings': PageSettings;
  /** Resolves once the generic script has run in the tab (it leaves a page our site script badges alone). */
  'badge-tab': null;
}

export type ResponseFor<R extends Request> = Reply<ResponseMap[R['type']]>;
