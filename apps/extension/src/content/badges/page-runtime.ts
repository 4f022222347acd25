/**
 * Lifecycle of the content script on one tab: pick the adapter, read the page settings, run a
 * badging session, and redo it when needed, without reloading the page:
 *  - settings change (chrome.storage.onChanged): site switched off → badges removed; badges/density
 *    changed → re-rendered from cached views; comparison changed (benchmark, windows…) → refetched;
 *  - SPA navigation (adapter.spa): old badges removed, new ones added for the new URL;
 *  - the page re-rendered over our badges, or its quote header appeared late: re-badged, a bounded
 *    number of times per URL so we never fight the page's framework.
 */
import type { SiteAdapter } from '../sites/index.ts';
import type { Sender } from '../../shared/send.ts';
import type { CardModule, ScanApi } from '../modules/contracts.ts';
import type { ModuleSource } from '../modules/source.ts';
import { emptyCache, type PageSession, startSession, type ViewCache } from './page-session.ts';
import type { PageSettings } from '../../shared/page-settings.ts';
import { watchUrl } from './url-watch.ts';

export const MAX_RESTARTS_PER_URL = 8;
export const HEAL_DEBOUNCE_MS = 120;

export interface RuntimeDeps {
  win: Window;
  adapterForUrl(url: URL): SiteAdapter | null;
  send: Sender;
  scan: ModuleSource<ScanApi>;
  card: ModuleSource<CardModule>;
  /** null: no settings to be had (the extension is gone): the page is left alone. */
  readSettings(): Promise<PageSettings | null>;
  onSettingsChanged(cb: (s: PageSettings) => void): () => void;
}

export interface PageRuntime {
  readonly adapter: SiteAdapter;
  readonly session: PageSession | null;
  readonly settings: PageSettings;
  /** Re-runs the session for the current URL (SPA navigation, settings change). */
  restart(): void;
  stop(): void;
}

export async function runPage(deps: RuntimeDeps): Promise<PageRuntime | null> {
  const { win } = deps;
  const adapter = deps.adapterForUrl(new URL(win.location.href));
  if (!adapter) return null;
  const initial = await deps.readSettings();
  if (!initial) return null;
  let settings = initial;
  let cache: ViewCache = emptyCache();
  let session: PageSession | null = null;
  let restarts = 0;
  let healTimer: ReturnType<typeof setTimeout> | undefined;

  const start = () => {
    session?.stop();
    session = null;
    if (!settings.sites[adapter.id]) return;
    session = startSession({ doc: win.document, url: new URL(win.location.href), adapter, settings, send: deps.send, scan: deps.scan, card: deps.card, cache });
  };

  /** True when the page needs badging again: our row was removed, or the quote header was missing. */
  const needsHeal = (): boolean => {
    if (!session || !settings.sites[adapter.id]) return false;
    if (session.badges.some((b) => !b.host.isConnected)) return true;
    return session.kind === 'none' && adapter.symbolFromUrl(new URL(win.location.href)) !== null;
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
  const stopSettings = deps.onSettingsChanged((next) => {
    if (JSON.stringify(next.comparison) !== JSON.stringify(settings.comparison)) cache = emptyCache();
    settings = next;
    start();
  });
  start();

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
