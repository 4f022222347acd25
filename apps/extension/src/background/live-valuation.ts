/**
 * Live valuation readings in the worker: the keyless Yahoo source of @rotation-lens/market-data, fetched
 * by the daily after-close job (at most once per session, the same rule as the CLI), kept as a growing
 * history in chrome.storage.local. Yahoo's cookie comes from fc.yahoo.com, the one host beyond the data
 * hosts; it is an optional permission, asked for when the user turns live readings on, so without it the
 * fetch is skipped and the shipped and the user's own readings stay in use.
 */
import {
  createYahooValuationSource,
  type LiveRefreshResult,
  type LiveValuationStore,
  loadLiveState,
  refreshLiveValuation,
  type ValuationReading,
} from '@rotation-lens/market-data';
import type { Settings } from '../settings/schema.ts';
import { YAHOO_COOKIE_ORIGIN } from '../contracts/hosts.ts';

export const LIVE_VALUATION_KEY = 'valuationLive';

export function createChromeLiveStore(area: chrome.storage.StorageArea = chrome.storage.local): LiveValuationStore {
  return {
    load: async () => (await area.get(LIVE_VALUATION_KEY))[LIVE_VALUATION_KEY] ?? null,
    save: (state) => area.set({ [LIVE_VALUATION_KEY]: state }),
  };
}

export const hasCookieHost = (): Promise<boolean> => chrome.permissions.contains({ origins: [YAHOO_COOKIE_ORIGIN] }).catch(() => false);

export interface LiveDeps {
  store: LiveValuationStore;
  permitted(): Promise<boolean>;
  now(): Date;
  fetch?: typeof globalThis.fetch;
}

/** The daily fetch for the user's pair (small-cap proxy vs benchmark); null when the host is not granted. */
export async function refreshLiveReadings(settings: Settings, deps: LiveDeps, force = false): Promise<LiveRefreshResult | null> {
  if (!(await deps.permitted())) return null;
  const source = createYahooValuationSource(deps.fetch ? { fetch: deps.fetch } : {});
  const { smallProxy, benchmark } = settings.comparison;
  return refreshLiveValuation(source, deps.store, { small: smallProxy, large: benchmark }, { now: deps.now(), force });
}

/** The kept live readings (empty when none or unreadable). */
export async function keptLiveReadings(store: LiveValuationStore): Promise<ValuationReading[]> {
  return (await loadLiveState(store)).readings;
}
