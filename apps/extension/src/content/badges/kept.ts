/**
 * The page's side of the page kit (src/contracts/page-kit.ts): one read of chrome.storage.session for
 * the kept page settings, the market-context badge and the badge texts of this quote page's symbol or
 * of the tickers an article marks (found before the read: page-runtime.ts), so the first paint needs
 * no worker and no second read. Past their `freshUntil` the kept stale form shows (state, note and
 * label; present/badges/stale.ts) until the worker's answer replaces it. Tickers an article shows
 * later (watchlist words, added content) are read the same way, in one read, as the worker is asked
 * for them. Any failure (area closed to content scripts, nothing kept) reads as nothing kept.
 */
import type { BadgeTexts, TickerTexts } from '../../contracts/badge-model.ts';
import type { PageSettings } from '../../contracts/messages.ts';
import { KIT_ROTATION_KEY, KIT_SETTINGS_KEY, type KeptTexts, kitTickerKey } from '../../contracts/page-kit.ts';

export interface Kept {
  settings: PageSettings | null;
  /** Symbol → kept texts (a new map each read): the quote page's symbol, an article's tickers. */
  tickers: Map<string, TickerTexts>;
  rotation: BadgeTexts | null;
}

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
 * The kit for a page, in one read: the kept settings and market-context badge, and the texts of
 *  - `symbol`, a quote page's, whose own P/E is `pe` (null: none): only when their discount was built
 *    with that same P/E, so the first paint is what the worker would answer;
 *  - `inline`, an article's tickers (inline badges carry no page P/E): only symbols with data, an
 *    inline badge is never painted for a symbol the provider did not know.
 * A later read for tickers found after the first paint is the same call (its settings and
 * market-context badge, ≈ 2 KB, go unused): one read path. Any failure (area closed to content
 * scripts) reads as nothing kept.
 */
export async function readKept(
  symbol: string | null,
  pe: number | null,
  inline: readonly string[] = [],
  area: KitArea | null = sessionArea(),
  now = Date.now(),
): Promise<Kept> {
  let got: Record<string, unknown> = {};
  try {
    got = (await area?.get([KIT_SETTINGS_KEY, KIT_ROTATION_KEY, ...[...inline, ...(symbol ? [symbol] : [])].map(kitTickerKey)])) ?? {};
  } catch {
    // Nothing kept to paint.
  }
  const tickers = new Map<string, TickerTexts>();
  for (const s of inline) {
    const entry = samePe(got[kitTickerKey(s)] as KeptTexts<TickerTexts> | undefined, null);
    const texts = entry?.asOf ? keptTexts(entry, now) : null;
    if (texts) tickers.set(s, texts);
  }
  const texts = symbol && tickerTexts(got, symbol, pe, now);
  if (texts) tickers.set(symbol, texts);
  return {
    settings: (got[KIT_SETTINGS_KEY] as PageSettings | undefined) ?? null,
    tickers,
    rotation: keptTexts(got[KIT_ROTATION_KEY] as KeptTexts<BadgeTexts> | undefined, now),
  };
}

/** How a page reads the kit (readKept, or a fake in tests). */
export type ReadKept = (symbol: string | null, pe: number | null, inline: readonly string[]) => Promise<Kept>;
