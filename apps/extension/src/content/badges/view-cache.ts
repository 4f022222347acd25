/**
 * What a page knows of its symbols: the worker's views and their badge texts, shared across sessions
 * of one page (SPA navigation reuses them while the comparison settings are equal). Kept texts (kept.ts)
 * enter as texts without views: drawn at once, and still asked of the worker.
 */
import type { BadgeTexts, TickerTexts } from '../../contracts/badge-model.ts';
import type { ResponseMap, RotationContext, TickerView } from '../../contracts/messages.ts';

export interface ViewCache {
  views: Map<string, TickerView>;
  texts: Map<string, TickerTexts>;
  /** undefined: not answered yet; null: no market context to be had. */
  context: RotationContext | null | undefined;
  rotation?: BadgeTexts;
}

/** A cache that knows nothing yet but `texts` (kept ones: drawn at once, still asked of the worker). */
export const emptyCache = (texts = new Map<string, TickerTexts>()): ViewCache => ({ views: new Map(), texts, context: undefined });

/** A get-badges answer: its views and texts replace whatever was drawn for those symbols. */
export function storeReply(cache: ViewCache, { tickers, context, texts }: ResponseMap['get-badges']): void {
  for (const [s, view] of Object.entries(tickers)) {
    cache.views.set(s, view);
    const t = texts.tickers[s];
    if (t) cache.texts.set(s, t);
  }
  if (context || cache.context === undefined) {
    cache.context = context;
    cache.rotation = texts.rotation;
  }
}

/**
 * A failed get-badges for `symbols`: each remembers the reason (`failed`); kept texts give way to the
 * error, since nothing answers for them now.
 */
export function storeFailure(cache: ViewCache, failed: Map<string, string>, symbols: readonly string[], message: string): void {
  for (const s of symbols) {
    failed.set(s, message);
    if (!cache.views.has(s)) cache.texts.delete(s);
  }
  if (cache.context === undefined) {
    cache.context = null;
    cache.rotation = undefined;
  }
}
