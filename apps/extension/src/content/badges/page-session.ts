/**
 * One badging pass over a page: a quote page gets a row of badges after the adapter's anchor
 * (quote-session.ts); an article gets an inline badge after each scanned ticker, and after tickers
 * added later (article-session.ts). Symbols go to the worker in batches (batcher.ts); badges show what
 * the cache holds at once (kept texts, else "loading") and update when the reply lands (view-cache.ts).
 * `stop()` removes everything the session added. The card builder is a module a page may never need
 * (modules/source.ts): asked for on a badge's first hover or focus.
 */
import type { Request } from '../../contracts/messages.ts';
import { dropUnknownInline, inlineKind, startArticle } from './article-session.ts';
import { createBadgeSet } from './badge-set.ts';
import { createBatcher } from './batcher.ts';
import { quoteSymbol, startQuote } from './quote-session.ts';
import type { BadgeHandle } from './render.ts';
import type { SessionDeps, SessionParts } from './session-parts.ts';
import { emptyCache, storeFailure, storeReply } from './view-cache.ts';

export type { SessionDeps } from './session-parts.ts';
export { emptyCache, type ViewCache } from './view-cache.ts';

export interface PageSession {
  readonly kind: 'quote' | 'article' | 'none';
  readonly symbol: string | null;
  readonly badges: readonly BadgeHandle[];
  /** Resolves when every request sent so far has been answered and painted. */
  settled(): Promise<void>;
  stop(): void;
}

export function startSession(deps: SessionDeps): PageSession {
  const cache = deps.cache ?? emptyCache();
  const failed = new Map<string, string>();
  let kind: PageSession['kind'] = 'none';
  const parts: SessionParts = {
    deps,
    cache,
    failed,
    badges: createBadgeSet({ ...deps, cache, failed, refreshValuation: () => refreshValuation() }),
    batcher: createBatcher((symbols) => request(symbols), (s) => cache.views.has(s)),
    added: [],
    stopped: false,
  };
  const request = async (symbols: string[]) => {
    const req: Request = { type: 'get-badges', site: deps.adapter.id, symbols, ...(parts.pagePe ? { pagePe: parts.pagePe } : {}) };
    const reply = await deps.send(req);
    if (parts.stopped) return;
    if (reply.ok) storeReply(cache, reply.data);
    else storeFailure(cache, failed, symbols, reply.error.message);
    if (kind === 'article') dropUnknownInline(parts);
    parts.badges.paint();
  };

  /** A fresh live reading: this page's symbols are asked again, so badges and cards lose their stale mark. */
  const refreshValuation = async () => {
    const reply = await deps.send({ type: 'refresh-valuation' });
    if (reply.ok && reply.data.status === 'fresh') await parts.batcher.again(parts.badges.handles.map((h) => h.symbol));
    return reply;
  };

  const symbol = quoteSymbol(parts);
  const inline = inlineKind(parts);
  let unwatch = () => {};
  if (symbol) {
    if (startQuote(parts, symbol)) kind = 'quote';
  } else if (inline) {
    kind = 'article';
    unwatch = startArticle(parts, inline);
  }

  return {
    kind,
    symbol,
    get badges() {
      return parts.badges.handles;
    },
    settled: () => parts.batcher.settled(),
    stop() {
      parts.stopped = true;
      unwatch();
      parts.badges.remove(() => true);
      for (const n of parts.added.splice(0)) n.remove();
    },
  };
}
