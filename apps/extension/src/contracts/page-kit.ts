/**
 * What the worker keeps for pages in chrome.storage.session (memory only, this browser session) and
 * content scripts read directly — the worker opens the area to them (setAccessLevel
 * TRUSTED_AND_UNTRUSTED_CONTEXTS) — so a page paints its badges from the last ones kept for its
 * symbol without waiting for, or waking, the worker; the worker's answer then replaces them.
 * This module owns the key layout. Entries hold market data and page settings only (never API keys).
 *
 * Invariants: the texts are the worker's own (core's numbers for the data's as-of), built with the
 * settings kept beside them; the worker removes every entry whenever its data or settings change
 * (with its memo); an entry past `freshUntil` is shown marked stale until the worker answers.
 */
import type { BadgeTexts, TickerTexts } from './badge-model.ts';

export const KIT_PREFIX = 'kit:';
/** The PageSettings get-page-settings last answered. */
export const KIT_SETTINGS_KEY = `${KIT_PREFIX}settings`;
/** The market-context (rotation) badge of the last get-badges that had one. */
export const KIT_ROTATION_KEY = `${KIT_PREFIX}rotation`;
const TICKER_PREFIX = `${KIT_PREFIX}ticker:`;
/** One symbol's badges (as the reply keyed it), from the last get-badges that asked for it. */
export const kitTickerKey = (symbol: string): string => TICKER_PREFIX + symbol;
export const isKitTickerKey = (key: string): boolean => key.startsWith(TICKER_PREFIX);

export interface KeptTexts<T extends TickerTexts | BadgeTexts> {
  /** Epoch ms after which a first paint from this entry is marked stale. */
  freshUntil: number;
  /** The data's as-of date the texts were built from (null: no data, e.g. an unknown symbol). */
  asOf: string | null;
  texts: T;
  /** The same texts marked stale, shown past `freshUntil` (src/present/badges/stale.ts). */
  stale: T;
  /** Ticker entries: the page's P/E the discount text was built with (null: none); a page with another P/E does not use them. */
  pe?: number | null;
}
