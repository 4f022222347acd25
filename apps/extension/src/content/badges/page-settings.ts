/**
 * The content script's lean view of the settings: only what a page needs (sites, badges, density,
 * comparison, the active watchlist's symbols). Reading through settings-store would bring valibot
 * into every page (~5.5 KB gzip, measured), so this reader understands the stored layout directly:
 * the main sync item SETTINGS_KEY, and when it carries `$chunks: n` the watchlists live in the string
 * chunks `settings:chunk:<i>` (layout owned by settings-store.ts). Every field is type-checked and
 * falls back to its default on its own; defaults mirror DEFAULT_SETTINGS (a test checks this).
 */
import { SITE_IDS, type SiteId } from '../../shared/sites.ts';
import type { PageSettings } from './types.ts';

const KEY = 'settings';
const chunkKey = (i: number) => `${KEY}:chunk:${i}`;
const MAX_CHUNKS = 64;

export const PAGE_DEFAULTS: PageSettings = {
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
  badges: { rs: true, discount: true, streak: true, rotation: true },
  density: 'full',
  comparison: {
    benchmark: 'SPY',
    smallProxy: 'IWM',
    rsWindow: '3M',
    correlationWindow: 252,
    streakThreshold: 5,
    rsiOverbought: 70,
    rsiOversold: 30,
  },
  watchlist: ['IWM', 'SPY', 'IJR', 'QQQ', 'AAPL', 'MSFT', 'NVDA', 'SOFI', 'PLTR'],
};

type Raw = Record<string, unknown>;
const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `fallback` with every same-typed field of `raw` taken over (one level deep). */
function pickSameTyped<T extends object>(fallback: T, raw: unknown): T {
  const out = { ...fallback } as Record<string, unknown>;
  if (!isRecord(raw)) return fallback;
  for (const [k, def] of Object.entries(fallback)) {
    if (typeof raw[k] === typeof def) out[k] = raw[k];
  }
  return out as T;
}

function activeSymbols(watchlists: unknown, activeId: unknown): string[] | null {
  if (!Array.isArray(watchlists)) return null;
  const lists = watchlists.filter(isRecord);
  const active = lists.find((w) => w.id === activeId) ?? lists[0];
  if (!active || !Array.isArray(active.symbols)) return null;
  return active.symbols.filter((s): s is string => typeof s === 'string');
}

/** Pure: stored items (main + chunks) → PageSettings. */
export function toPageSettings(main: unknown, chunks: Record<string, unknown> = {}): PageSettings {
  if (!isRecord(main)) return PAGE_DEFAULTS;
  let watchlists = main.watchlists;
  const n = main.$chunks;
  if (typeof n === 'number' && n > 0) {
    try {
      const text = Array.from({ length: Math.min(n, MAX_CHUNKS) }, (_, i) => chunks[chunkKey(i)] ?? '').join('');
      watchlists = (JSON.parse(text) as Raw).watchlists;
    } catch {
      watchlists = undefined;
    }
  }
  const density = main.density === 'compact' || main.density === 'full' ? main.density : PAGE_DEFAULTS.density;
  return {
    sites: pickSameTyped(PAGE_DEFAULTS.sites, main.sites),
    badges: pickSameTyped(PAGE_DEFAULTS.badges, main.badges),
    density,
    comparison: pickSameTyped(PAGE_DEFAULTS.comparison, main.comparison),
    watchlist: activeSymbols(watchlists, main.activeWatchlistId) ?? PAGE_DEFAULTS.watchlist,
  };
}

type SyncArea = Pick<chrome.storage.StorageArea, 'get'>;

export async function readPageSettings(area: SyncArea = chrome.storage.sync): Promise<PageSettings> {
  try {
    const got = await area.get(KEY);
    const main = got[KEY];
    const n = isRecord(main) && typeof main.$chunks === 'number' ? Math.min(main.$chunks, MAX_CHUNKS) : 0;
    const chunks = n > 0 ? await area.get(Array.from({ length: n }, (_, i) => chunkKey(i))) : {};
    return toPageSettings(main, chunks);
  } catch {
    return PAGE_DEFAULTS;
  }
}

/** Calls `cb` with fresh page settings after every change of the sync settings item. */
export function onPageSettingsChanged(cb: (s: PageSettings) => void, area: SyncArea = chrome.storage.sync): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'sync' && KEY in changes) void readPageSettings(area).then(cb);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
