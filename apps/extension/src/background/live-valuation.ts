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
import { hasLiveReadings, LIVE_VALUATION_KEY } from '../permissions/live-readings.ts';

export { LIVE_VALUATION_KEY };

export function createChromeLiveStore(area: chrome.storage.StorageArea = chrome.storage.local): LiveValuationStore {
  return {
    load: async () => (await area.get(LIVE_VALUATION_KEY))[LIVE_VALUATION_KEY] ?? null,
    save: (state) => area.set({ [LIVE_VALUATION_KEY]: state }),
  };
}

export interface LiveDeps {
  store: LiveValuationStore;
  permitted(): Promise<boolean>;
  now(): Date;
  fetch?: typeof globalThis.fetch;
}

/** The real dependencies: chrome.storage.local, the fc.yahoo.com permission, the clock. */
export const chromeLiveDeps = (): LiveDeps => ({ store: createChromeLiveStore(), permitted: hasLiveReadings, now: () => new Date() });

/**
 * The daily fetch for the user's pair (small-cap proxy vs benchmark); `force` fetches even when today's
 * fetch already ran (a user's refresh). Null when the host is not granted: live readings are off, and
 * nothing is fetched.
 */
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
