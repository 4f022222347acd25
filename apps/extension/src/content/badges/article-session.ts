/**
 * An article's part of a session: an inline badge after each ticker the scanner finds (and after
 * tickers added later: the watcher), at most PAGE_BADGE_CAP in all. The marked tickers' kept texts
 * came with the page kit (markedSymbols, page-runtime.ts), so the first badges are drawn with numbers;
 * the others' are read (kept.ts) in the task that asks the worker for them, so no numbers wait for the
 * worker; the worker's answer replaces them (or its error does).
 */
import type { BadgeKind } from '../../contracts/badge-model.ts';
import { PAGE_BADGE_CAP } from '../../contracts/messages.ts';
import { forgetScanned, markScanned, scanForTickers } from '../scan/index.ts';
import type { ScanOptions, TickerHit } from '../scan/types.ts';
import type { PageAdapter } from '../sites/types.ts';
import { watchForTickers } from '../scan/watch.ts';
import { placeHits } from './place.ts';
import type { SessionParts } from './session-parts.ts';

const INLINE_KINDS: readonly BadgeKind[] = ['rs', 'streak', 'discount'];

/** The kind an inline badge shows: the first one switched on; undefined: no inline badges. */
export const inlineKind = (parts: SessionParts): BadgeKind | undefined => INLINE_KINDS.find((k) => parts.deps.settings.badges[k]);

/**
 * "RS n/a — unknown symbol" inline says nothing worth its width: an article's badge for a symbol the
 * provider does not know goes (a quote page's row keeps it).
 */
export function dropUnknownInline(parts: SessionParts): void {
  parts.badges.remove((h) => parts.cache.views.get(h.symbol)?.status === 'unknown');
}

/**
 * The symbols an article marks explicitly (quote links, $cashtags, exchange mentions: no watchlist
 * needed), found before the page settings are read so their kept texts come in that same read
 * (page-runtime.ts). The scan leaves no marks: the session's own scan badges the same nodes.
 */
export function markedSymbols(doc: Document, adapter: PageAdapter): string[] {
  const hits = scanForTickers(doc.body, { adapter, watchlist: new Set() });
  forgetScanned();
  return hits.map((h) => h.symbol);
}

/** Paints kept texts for `symbols` not answered yet; the worker's answer or error, when first, wins. */
function paintKept(parts: SessionParts, symbols: string[]): void {
  const { cache, failed, deps } = parts;
  const unseen = symbols.filter((s) => !cache.texts.has(s) && !cache.views.has(s));
  if (!deps.readKept || unseen.length === 0) return;
  const read = deps.readKept(null, null, unseen).then(({ tickers }) => {
    if (parts.stopped) return;
    for (const [s, texts] of tickers) if (!cache.views.has(s) && !failed.has(s)) cache.texts.set(s, texts);
    parts.badges.paint();
  });
  parts.batcher.track(read);
}

/**
 * Scans the page now and watches it for tickers added later. Returns the stopper: the watcher ends and
 * the scan's marks are forgotten, so the next session (settings changed, SPA navigation) badges them again.
 */
export function startArticle(parts: SessionParts, kind: BadgeKind): () => void {
  const { doc, adapter, settings } = parts.deps;
  const badgeHits = (hits: TickerHit[]) => {
    if (parts.stopped || hits.length === 0) return;
    const room = PAGE_BADGE_CAP - parts.badges.handles.length;
    const placed = placeHits(hits.slice(0, Math.max(0, room)), (hit) => parts.badges.add(kind, hit.symbol).host, markScanned);
    for (const { node } of placed) parts.added.push(node);
    dropUnknownInline(parts); // a symbol already answered as unknown
    const symbols = [...new Set(placed.map((p) => p.hit.symbol))];
    paintKept(parts, symbols);
    parts.batcher.want(symbols);
  };
  // The scanner looks inside the adapter's article bodies when the page has any, else the whole
  // body; the watcher badges tickers added later (lazy bodies, infinite scroll).
  const opts: ScanOptions = { adapter, watchlist: new Set(settings.watchlist), max: PAGE_BADGE_CAP };
  badgeHits(scanForTickers(doc.body, opts));
  const unwatch = watchForTickers(doc.body, opts, badgeHits);
  return () => {
    unwatch();
    forgetScanned();
  };
}
