/**
 * User settings: validated, versioned, migrated without loss. Stored in chrome.storage.sync under
 * SETTINGS_KEY, except API keys, which live only in chrome.storage.local under API_KEYS_KEY and are
 * never synced, logged or shown in full.
 */
import { SMALL_CAP_PROXIES, TICKER_SHAPE } from '@rotation-lens/market-data';
import * as v from 'valibot';
import { SITE_IDS, type SiteId } from '../contracts/sites.ts';

export { SETTINGS_KEY } from './layout.ts';
export const API_KEYS_KEY = 'apiKeys';
export const SETTINGS_VERSION = 1;

export const PROVIDER_IDS = ['yahoo', 'stooq', 'alphavantage', 'tiingo', 'twelvedata', 'csv', 'sample'] as const;
export const BENCHMARKS = ['SPY', 'VOO', 'IVV', '^GSPC'] as const;
export const RS_WINDOWS = ['1M', '3M', '6M', 'YTD', '1Y'] as const;

/** Canonical symbol: upper case, Yahoo style (^RUT, BRK-B). */
const TickerSymbol = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(TICKER_SHAPE, 'not a ticker symbol'));

/**
 * Size bounds of every stored collection and string field: what the options page and the importer
 * accept, so that a full set of lists still fits chrome.storage.sync's item quotas (fit.ts
 * checks the total). One owner: the UI's maxLength attributes and the importer import these.
 */
export const LIMITS = {
  watchlists: 50,
  symbolsPerList: 200,
  listId: 64,
  listName: 60,
  readings: 200,
  readingId: 64,
  indexName: 40,
  source: 200,
  url: 500,
  note: 500,
} as const;

/** A bounded string with a message that says what the field is and how long it was. */
const bounded = (what: string, max: number, min = 0) =>
  v.pipe(
    v.string(),
    v.minLength(min, `${what} must not be empty`),
    v.maxLength(max, (issue) => `${what} is at most ${max} characters (this one has ${issue.input.length})`),
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the rule rejects control characters
    v.regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, `${what} must not contain control characters`),
  );

export const WatchlistSchema = v.object({
  id: bounded('a watchlist id', LIMITS.listId, 1),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'a watchlist needs a name'), v.maxLength(LIMITS.listName, (i) => `a watchlist name is at most ${LIMITS.listName} characters (this one has ${i.input.length})`)),
  symbols: v.pipe(v.array(TickerSymbol), v.maxLength(LIMITS.symbolsPerList, (i) => `a watchlist holds at most ${LIMITS.symbolsPerList} symbols (this one has ${i.input.length})`)),
});
export type Watchlist = v.InferOutput<typeof WatchlistSchema>;

/** An earnings-growth estimate as a fraction (0.17 = 17%): above −100%, below 1000%. */
const GrowthRate = v.pipe(
  v.number('a growth estimate must be a number'),
  v.finite('a growth estimate must be a number'),
  v.gtValue(-1, 'a growth estimate must be above −100%'),
  v.ltValue(10, 'a growth estimate must be below 1000%'),
);
const GrowthRange = v.pipe(
  v.object({ low: GrowthRate, high: GrowthRate }),
  v.check((r) => r.low <= r.high, 'the low estimate must not exceed the high one'),
);

/** Earnings-growth estimates quoted with a reading (small caps', optionally the large caps'), with their source. */
export const EarningsGrowthSchema = v.object({
  small: GrowthRange,
  large: v.optional(GrowthRange),
  source: bounded('the growth estimates’ source', LIMITS.source, 1),
});

export const ValuationReadingSchema = v.object({
  id: bounded('a reading id', LIMITS.readingId),
  date: v.pipe(v.string(), v.isoDate()),
  smallIndex: bounded('the small-cap index name', LIMITS.indexName),
  largeIndex: bounded('the large-cap index name', LIMITS.indexName),
  peSmall: v.pipe(v.number(), v.gtValue(0)),
  peLarge: v.pipe(v.number(), v.gtValue(0)),
  basis: v.picklist(['forward', 'trailing']),
  source: bounded('the source', LIMITS.source, 1),
  url: v.optional(bounded('the source URL', LIMITS.url)),
  note: v.optional(bounded('the note', LIMITS.note)),
  earningsGrowth: v.optional(EarningsGrowthSchema),
  shipped: v.boolean(),
});

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  watchlists: v.pipe(v.array(WatchlistSchema), v.minLength(1), v.maxLength(LIMITS.watchlists, `at most ${LIMITS.watchlists} watchlists`)),
  activeWatchlistId: bounded('the active watchlist id', LIMITS.listId),
  comparison: v.object({
    benchmark: v.picklist(BENCHMARKS),
    smallProxy: v.picklist(SMALL_CAP_PROXIES),
    rsWindow: v.picklist(RS_WINDOWS),
    correlationWindow: v.pipe(v.number(), v.integer(), v.minValue(20), v.maxValue(1260)),
    streakThreshold: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
    rsiOverbought: v.pipe(v.number(), v.minValue(50), v.maxValue(100)),
    rsiOversold: v.pipe(v.number(), v.minValue(0), v.maxValue(50)),
  }),
  sites: v.record(v.picklist(SITE_IDS), v.boolean()),
  badges: v.object({ rs: v.boolean(), discount: v.boolean(), streak: v.boolean(), rotation: v.boolean() }),
  density: v.picklist(['compact', 'full']),
  preferredSite: v.picklist(SITE_IDS),
  data: v.object({
    providerOrder: v.pipe(v.array(v.picklist(PROVIDER_IDS)), v.minLength(1)),
    cacheMaxMb: v.pipe(v.number(), v.minValue(1), v.maxValue(500)),
  }),
  valuationReadings: v.pipe(v.array(ValuationReadingSchema), v.maxLength(LIMITS.readings, `at most ${LIMITS.readings} valuation readings`)),
  alerts: v.object({
    enabled: v.boolean(),
    streakN: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(50)),
    regimeChange: v.boolean(),
  }),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  watchlists: [
    { id: 'default', name: 'Small vs large', symbols: ['IWM', 'SPY', 'IJR', 'QQQ', 'AAPL', 'MSFT', 'NVDA', 'SOFI', 'PLTR'] },
  ],
  activeWatchlistId: 'default',
  comparison: {
    benchmark: 'SPY',
    smallProxy: 'IWM',
    rsWindow: '3M',
    correlationWindow: 252,
    streakThreshold: 5,
    rsiOverbought: 70,
    rsiOversold: 30,
  },
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
  badges: { rs: true, discount: true, streak: true, rotation: true },
  density: 'full',
  preferredSite: 'yahoo',
  // No simulated fallback by default: when the network fails a reader sees the last good data or an offline state,
  // never simulated numbers beside a real ticker. The sample provider is opt-in (Options → Data).
  data: { providerOrder: ['yahoo', 'stooq'], cacheMaxMb: 50 },
  valuationReadings: [],
  alerts: { enabled: false, streakN: 7, regimeChange: false },
};

export type ApiKeys = Partial<Record<'stooq' | 'alphavantage' | 'tiingo' | 'twelvedata', string>>;
