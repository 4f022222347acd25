/**
 * The page's side of the page kit (src/contracts/page-kit.ts): one read of chrome.storage.session for
 * the kept page settings, this symbol's badge texts and the market-context badge, so the first paint
 * needs no worker. Past their `freshUntil` the kept stale form shows (state, note and label; present/badges/stale.ts)
 * until the worker's answer replaces it. An article reads the kept texts of the tickers it found the same
 * way, in one read, as the worker is asked for them. Any failure (area closed to content scripts, nothing kept) reads as
 * nothing kept.
 */
import type { BadgeTexts, TickerTexts } from '../../contracts/badge-model.ts';
import type { PageSettings } from '../../contracts/messages.ts';
import { KIT_ROTATION_KEY, KIT_SETTINGS_KEY, type KeptTexts, kitTickerKey } from '../../contracts/page-kit.ts';

export interface Kept {
  settings: PageSettings | null;
  ticker: TickerTexts | null;
  rotation: BadgeTexts | null;
}

export const NOTHING_KEPT: Kept = { settings: null, ticker: null, rotation: null };

export interface KitArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** The texts of a kept entry: its stale form (built by the worker) when `now` is past its freshness. */
export function keptTexts<T extends TickerTexts | BadgeTexts>(entry: KeptTexts<T> | undefined, now: number): T | null {
  return (now <= (entry?.freshUntil ?? -1) ? entry?.texts : entry?.stale) ?? null;
}

const samePe = <T extends KeptTexts<TickerTexts>>(entry: T | undefined, pe: number | null): T | undefined => (entry && (entry.pe ?? null) === pe ? entry : undefined);

const sessionArea = (): KitArea | null => globalThis.chrome?.storage?.session ?? null;

/** `symbol`'s kept texts, when they were built with the page's own P/E `pe` (null: none). */
const tickerTexts = (got: Record<string, unknown>, symbol: string, pe: number | null, now: number): TickerTexts | null =>
  keptTexts(samePe(got[kitTickerKey(symbol)] as KeptTexts<TickerTexts> | undefined, pe), now);

/**
 * The kit for a page of `symbol` whose own P/E is `pe` (null: none): the symbol's texts only when
 * their discount was built with that same P/E, so the first paint is what the worker would answer.
 */
export async function readKept(symbol: string | null, pe: number | null, area: KitArea | null = sessionArea(), now = Date.now()): Promise<Kept> {
  if (!area) return NOTHING_KEPT;
  try {
    const got = await area.get([KIT_SETTINGS_KEY, KIT_ROTATION_KEY, ...(symbol ? [kitTickerKey(symbol)] : [])]);
    return {
      settings: (got[KIT_SETTINGS_KEY] as PageSettings | undefined) ?? null,
      ticker: symbol ? tickerTexts(got, symbol, pe, now) : null,
      rotation: keptTexts(got[KIT_ROTATION_KEY] as KeptTexts<BadgeTexts> | undefined, now),
    };
  } catch {
    return NOTHING_KEPT;
  }
}

/**
 * Kept texts for an article's tickers (inline badges carry no page P/E): one read for all of them.
 * Only symbols with data: an inline badge is never painted for a symbol the provider did not know.
 */
export async function readKeptTickers(symbols: readonly string[], area: KitArea | null = sessionArea(), now = Date.now()): Promise<Map<string, TickerTexts>> {
  const found = new Map<string, TickerTexts>();
  try {
    const got = area ? await area.get(symbols.map(kitTickerKey)) : {};
    for (const symbol of symbols) {
      const entry = samePe(got[kitTickerKey(symbol)] as KeptTexts<TickerTexts> | undefined, null);
      const texts = entry?.asOf ? keptTexts(entry, now) : null;
      if (texts) found.set(symbol, texts);
    }
  } catch {
    // Closed to content scripts: nothing kept to paint.
  }
  return found;
}
