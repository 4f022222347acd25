/**
 * The worker's side of the page kit (src/contracts/page-kit.ts): after each get-page-settings and
 * get-badges answer, the settings and each symbol's badge texts are kept in chrome.storage.session,
 * where the next page of that symbol reads them before the worker answers (or wakes). Cleared with
 * the memo (data refreshed, cache cleared, CSV imported, settings or API keys changed); as in the
 * reply store, an answer computed before the last clear is never kept. Storage failures only cost
 * speed. Errors are not kept (a page shows its own error when the worker cannot answer).
 */
import type { BadgeTexts, TickerTexts } from '../contracts/badge-model.ts';
import type { PageSettings, Request, ResponseMap } from '../contracts/messages.ts';
import { isKitTickerKey, KIT_PREFIX, KIT_ROTATION_KEY, KIT_SETTINGS_KEY, type KeptTexts, kitTickerKey } from '../contracts/page-kit.ts';
import { staleTexts } from '../present/badges/stale.ts';
import type { ReplyArea } from './reply-store.ts';
import { WARM_FRESH_MS } from './freshness.ts';

type PagePe = NonNullable<Extract<Request, { type: 'get-badges' }>['pagePe']>;

/**
 * The P/E a kit entry is keyed by: the page's first (preferred) one when it shows both bases — the one
 * the page runtime reads with `readPe` before the worker answers (forward first on Finviz).
 */
const keyPe = (pe: PagePe[string] | undefined): number | null => (Array.isArray(pe) ? pe[0]?.pe : pe?.pe) ?? null;

/** Past this many kept symbols the tickers start over (≈ 2 KB each; the session area holds 10 MB). */
export const MAX_KIT_TICKERS = 600;

export interface PageKitStore {
  /** The store's clock: take it before computing an answer and pass it to keep*(). */
  now(): number;
  keepSettings(settings: PageSettings, since: number): Promise<void>;
  keepBadges(reply: ResponseMap['get-badges'], since: number, pagePe?: PagePe): Promise<void>;
  clear(): Promise<void>;
}

/** The kit entries of one get-badges answer with texts (errors left out). */
export function kitEntries(reply: ResponseMap['get-badges'], freshUntil: number, pagePe: PagePe = {}): Record<string, KeptTexts<TickerTexts | BadgeTexts>> {
  const items: Record<string, KeptTexts<TickerTexts | BadgeTexts>> = {};
  if (!reply.texts) return items;
  for (const [symbol, view] of Object.entries(reply.tickers)) {
    const texts = reply.texts.tickers[symbol];
    if (!texts || view.status === 'error') continue;
    const asOf = view.status === 'ok' ? view.stamp.asOf : null;
    items[kitTickerKey(symbol)] = { freshUntil, asOf, texts, stale: staleTexts(texts, asOf), pe: keyPe(pagePe[symbol]) };
  }
  if (reply.context) {
    const { asOf } = reply.context.stamp;
    items[KIT_ROTATION_KEY] = { freshUntil, asOf, texts: reply.texts.rotation, stale: staleTexts(reply.texts.rotation, asOf) };
  }
  return items;
}

export function createPageKitStore(area: ReplyArea | null, opts: { freshMs?: number; now?: () => number } = {}): PageKitStore {
  const freshMs = opts.freshMs ?? WARM_FRESH_MS;
  const now = opts.now ?? Date.now;
  let clearedAt = -Infinity;
  let tickers: number | null = null; // kept symbols, counted lazily
  const kitKeys = async () => Object.keys(area ? await area.get(null) : {}).filter((k) => k.startsWith(KIT_PREFIX));
  const remove = async (keys: string[]) => {
    if (area && keys.length) await area.remove(keys).catch(() => undefined);
  };
  const write = async (items: Record<string, unknown>, since: number) => {
    if (!area || since <= clearedAt || Object.keys(items).length === 0) return;
    try {
      await area.set(items);
    } catch {
      await remove(await kitKeys().catch(() => [])); // e.g. quota: start over rather than keep failing
    }
  };
  return {
    now,
    keepSettings: (settings, since) => write({ [KIT_SETTINGS_KEY]: settings }, since),
    async keepBadges(reply, since, pagePe) {
      const items = kitEntries(reply, since + freshMs, pagePe);
      const added = Object.keys(items).filter(isKitTickerKey).length;
      try {
        tickers ??= (await kitKeys()).filter(isKitTickerKey).length;
        if (tickers + added > MAX_KIT_TICKERS) {
          await remove((await kitKeys()).filter(isKitTickerKey));
          tickers = 0;
        }
      } catch {
        return;
      }
      tickers += added; // over-counts a symbol kept again: the bound only comes sooner
      await write(items, since);
    },
    async clear() {
      clearedAt = now();
      tickers = 0;
      await remove(await kitKeys().catch(() => []));
    },
  };
}
