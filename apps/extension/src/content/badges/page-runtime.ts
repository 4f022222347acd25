/**
 * Lifecycle of the content script on one tab: pick the adapter, read the page settings, run a
 * badging session, and redo it when needed, without reloading the page:
 *  - settings change (chrome.storage.onChanged): site switched off → badges removed; badges/density
 *    changed → re-rendered from cached views; comparison changed (benchmark, windows…) → refetched;
 *  - SPA navigation (adapter.spa): old badges removed, new ones added for the new URL;
 *  - the page re-rendered over our badges, or its quote header appeared late: re-badged, a bounded
 *    number of times per URL so we never fight the page's framework.
 */
import type { PageAdapter } from '../sites/index.ts';
import type { Sender } from '../../contracts/send.ts';
import type { CardModule } from '../modules/contracts.ts';
import type { ModuleSource } from '../modules/source.ts';
import { emptyCache, type PageSession, startSession, type ViewCache } from './page-session.ts';
import type { ReadKept } from './kept.ts';
import type { PageSettings } from '../../contracts/page-settings.ts';
import { watchUrl } from './url-watch.ts';
import { markedSymbols } from './article-session.ts';

export const MAX_RESTARTS_PER_URL = 8;
export const HEAL_DEBOUNCE_MS = 120;

export interface RuntimeDeps {
  win: Window;
  adapterForUrl(url: URL): PageAdapter | null;
  send: Sender;
  card: ModuleSource<CardModule>;
  /** null: no settings to be had (the extension is gone): the page is left alone. */
  readSettings(): Promise<PageSettings | null>;
  /**
   * What the worker kept for this page's first paint (kept.ts): for its symbol (with the page's own
   * P/E or null) or an article's tickers, and later for tickers found after it; absent: always wait
   * for the worker.
   */
  readKept?: ReadKept;
  onSettingsChanged(cb: (s: PageSettings) => void): () => void;
}

export interface PageRuntime {
  readonly adapter: PageAdapter;
  readonly session: PageSession | null;
  readonly settings: PageSettings;
  /** Re-runs the session for the current URL (SPA navigation, settings change). */
  restart(): void;
  stop(): void;
}

export async function runPage(deps: RuntimeDeps): Promise<PageRuntime | null> {
  const { win } = deps;
  const here = () => new URL(win.location.href);
  const adapter = deps.adapterForUrl(here());
  if (!adapter) return null;
  // The kept settings and badges paint at once; the worker's settings follow.
  let quoteSymbol: string | null = null;
  let pe: number | null = null;
  try {
    quoteSymbol = adapter.symbolFromUrl(here());
    if (quoteSymbol) pe = adapter.readPe?.(win.document)?.pe ?? null;
  } catch {
    // No symbol or P/E to be read: the kit is read for what is known (the session reads the page again).
  }
  // Read before any message: a message may wake the worker, and the page would wait behind its start.
  // An article's marked tickers are found first and read with the kit, so its first badges are
  // drawn with numbers in the task that inserts them.
  const kept = deps.readKept ? await deps.readKept(quoteSymbol, pe, quoteSymbol ? [] : markedSymbols(win.document, adapter)) : null;
  const initial = kept?.settings ?? (await deps.readSettings());
  if (!initial) return null;
  let settings = initial;
  // Kept texts fill the cache as texts without views: drawn at once, and still asked of the worker.
  let cache: ViewCache = emptyCache(kept?.tickers);
  if (kept?.rotation) cache.rotation = kept.rotation;
  let session: PageSession | null = null;
  let restarts = 0;
  let healTimer: ReturnType<typeof setTimeout> | undefined;

  const start = () => {
    session?.stop();
    session = null;
    if (!settings.sites[adapter.id]) return;
    session = startSession({ doc: win.document, url: here(), adapter, settings, send: deps.send, card: deps.card, readKept: deps.readKept, cache });
  };

  /** True when the page needs badging again: our row was removed, or the quote header was missing. */
  const needsHeal = (): boolean => {
    if (!session || !settings.sites[adapter.id]) return false;
    if (session.badges.some((b) => !b.host.isConnected)) return true;
    return session.kind === 'none' && adapter.symbolFromUrl(here()) !== null;
  };
  const heal = new MutationObserver(() => {
    if (healTimer !== undefined || restarts >= MAX_RESTARTS_PER_URL) return;
    healTimer = setTimeout(() => {
      healTimer = undefined;
      if (needsHeal()) {
        restarts++;
        start();
      }
    }, HEAL_DEBOUNCE_MS);
  });
  heal.observe(win.document.documentElement, { childList: true, subtree: true });

  const stopUrl = adapter.spa
    ? watchUrl(win, () => {
        restarts = 0;
        start();
      })
    : () => undefined;
  const apply = (next: PageSettings) => {
    if (JSON.stringify(next.comparison) !== JSON.stringify(settings.comparison)) cache = emptyCache();
    settings = next;
    start();
  };
  const stopSettings = deps.onSettingsChanged(apply);
  start();
  // Started from kept settings: asked of the worker only now, after the session's own kit read (an
  // article's tickers) went out, which would otherwise wait behind the worker. Compared as JSON: the
  // worker answers with its keys sorted, the order chrome.storage keeps them in.
  if (kept?.settings) void deps.readSettings().then((s) => s && JSON.stringify(s) !== JSON.stringify(settings) && apply(s));

  return {
    adapter,
    get session() {
      return session;
    },
    get settings() {
      return settings;
    },
    restart: start,
    stop() {
      clearTimeout(healTimer);
      heal.disconnect();
      stopUrl();
      stopSettings();
      session?.stop();
      session = null;
    },
  };
}
