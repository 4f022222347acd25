/**
 * The real WorkerCtx: chrome.* + @rotation-lens/market-data. Settings and the market-data instance
 * are cached in the worker and invalidated by chrome.storage.onChanged (settings in sync, API keys
 * in local); any change drops memoised views and the bars kept in memory (warm-bars.ts). The
 * worker may be stopped at any time by Chrome: everything here is rebuilt lazily on the next message.
 */
import {
  type BarCache,
  createIdbCache,
  createMarketData,
  createProviderChain,
  latestReading,
  type MarketData,
  mergeReadings,
  parsePriceCsv,
  readingsOfPair,
  SHIPPED_READINGS,
  tickerDiscount,
  type ValuationReading,
} from '@rotation-lens/market-data';
import { loadApiKeys, loadSettings } from '../settings/store.ts';
import type { OptionsSection } from '../contracts/messages.ts';
import { LAST_DASHBOARD_KEY } from '../contracts/session-keys.ts';
import { isSettingsChange } from '../settings/layout.ts';
import { API_KEYS_KEY, type Settings } from '../settings/schema.ts';
import { createBarsSource } from './bars-source.ts';
import { createCsvStore } from './csv-store.ts';
import { chromeLiveDeps, createChromeLiveStore, keptLiveReadings, LIVE_VALUATION_KEY, refreshLiveReadings } from './live-valuation.ts';
import type { CsvStore, LiveValuation, ValuationSource, WorkerCtx } from './deps.ts';
import { createMemo } from './memo.ts';
import { buildProviders } from './providers.ts';
import { createPageKitStore } from './page-kit-store.ts';
import { createReplyStore } from './reply-store.ts';
import { warmBars } from './warm-bars.ts';

const MB = 1024 * 1024;
const parseCsv = (text: string, symbol: string) => parsePriceCsv(text, `${symbol}.csv`);

export interface Platform {
  ctx: WorkerCtx;
  /** Drop cached settings, the market-data instance and memoised views. */
  invalidate(): void;
}

/** The options page at one section (its element id): a new tab, as the manifest opens options in a tab. */
async function openOptionsAt(section: OptionsSection): Promise<void> {
  const page = chrome.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  await chrome.tabs.create({ url: chrome.runtime.getURL(`${page}#${section}`) });
}

/** A promise made on first use and kept until reset(); a rejected one is dropped, so the next call tries again. */
function lazy<T>(make: () => Promise<T>): { get: () => Promise<T>; reset: () => void } {
  let p: Promise<T> | null = null;
  return {
    get: () => {
      p ??= make().catch((e: unknown) => {
        p = null;
        throw e;
      });
      return p;
    },
    reset: () => {
      p = null;
    },
  };
}

/** market-data over the user's provider order and keys, its IndexedDB cache capped by the settings. */
async function openMarket(settings: () => Promise<Settings>, csv: CsvStore): Promise<{ market: MarketData; cache: BarCache }> {
  const [s, keys] = await Promise.all([settings(), loadApiKeys()]);
  const cache = createIdbCache(undefined, { maxBytes: s.data.cacheMaxMb * MB });
  const providers = buildProviders(s.data.providerOrder, keys, csv);
  return { market: createMarketData({ providers, cache, chain: (p) => createProviderChain(p) }), cache };
}

/**
 * Replies kept across worker restarts (reply-store.ts) and what pages paint first (page-kit-store.ts),
 * and the memo of views. Every change of data or settings clears the memo; the kept replies, the page
 * kit and the popup's kept dashboard go with it.
 */
function viewStores() {
  const replies = createReplyStore(chrome.storage.session ?? null);
  const kit = createPageKitStore(chrome.storage.session ?? null);
  const memo = createMemo(undefined, () => {
    void replies.clear();
    void kit.clear();
    void chrome.storage.session?.remove(LAST_DASHBOARD_KEY).catch(() => undefined);
  });
  return { replies, kit, memo };
}

/**
 * Valuation readings: shipped, the user's own and the live ones. The live ones are read once and kept in
 * memory (the views are synchronous); `load()` reads them again after a storage change.
 */
function valuationReadings() {
  let live: ValuationReading[] = [];
  const readings = (s: Settings): ValuationReading[] => mergeReadings(SHIPPED_READINGS, [...live, ...s.valuationReadings]);
  const valuation: ValuationSource = {
    latest: (s, asOf) => latestReading(readingsOfPair(readings(s), s.comparison.smallProxy, s.comparison.benchmark), asOf ? { asOf } : {}),
    discount: tickerDiscount,
    readings,
    now: () => new Date(),
  };
  const liveValuation: LiveValuation = {
    refreshNow: async (s) => {
      const result = await refreshLiveReadings(s, chromeLiveDeps(), true);
      if (result) live = result.readings;
      return result;
    },
  };
  const load = () =>
    keptLiveReadings(createChromeLiveStore()).then((r) => {
      live = r;
    });
  return { valuation, live: liveValuation, load };
}

export function createPlatform(): Platform {
  const { replies, kit, memo } = viewStores();
  const csv = createCsvStore();
  const settings = lazy(loadSettings);
  const market = lazy(() => openMarket(settings.get, csv));
  const { valuation, live, load: loadLive } = valuationReadings();
  void loadLive().catch(() => undefined);

  const ctx: WorkerCtx = {
    settings: settings.get,
    freshSettings: () => {
      settings.reset();
      return settings.get();
    },
    // Memory first (warm-bars.ts), then imported CSVs, then market-data (IndexedDB + providers).
    bars: warmBars(createBarsSource(async () => (await market.get()).market, csv, parseCsv), { memo }),
    validateSymbol: async (symbol) => {
      const v = await (await market.get()).market.validateSymbol(symbol);
      return { symbol: v.symbol };
    },
    parseCsv,
    cache: {
      clear: async () => (await market.get()).cache.clear(),
      info: async () => (await market.get()).cache.info(),
    },
    csv,
    memo,
    replies,
    kit,
    valuation,
    live,
    online: () => globalThis.navigator?.onLine !== false,
    openOptions: (section) => (section ? openOptionsAt(section) : chrome.runtime.openOptionsPage()),
    injectScript: async ({ tabId, frameId }, file) => {
      await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    },
  };

  const invalidate = () => {
    settings.reset();
    market.reset();
    memo.clear();
  };
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LIVE_VALUATION_KEY in changes) void loadLive().then(() => memo.clear(), () => undefined);
    if (isSettingsChange(changes, area) || (area === 'local' && API_KEYS_KEY in changes)) invalidate();
  });
  return { ctx, invalidate };
}
