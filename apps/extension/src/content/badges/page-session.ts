/**
 * One badging pass over a page: a quote page gets a row of badges after the adapter's anchor; an
 * article gets an inline badge after each scanned ticker (and after tickers added later). Symbols go
 * to the worker in batches (one get-badges per batch, ≤ PAGE_BADGE_CAP symbols); badges show "loading" at
 * once and update when the reply lands. `stop()` removes everything the session added.
 * The scanner and the card builder are modules a page may never need (modules/source.ts): the
 * scanner is asked for only on non-quote pages, the card on a badge's first hover or focus.
 */
import type { BadgeTexts, TickerTexts } from '../../contracts/badge-model.ts';
import { type PagePeValue, PAGE_BADGE_CAP, type RotationContext, type TickerView } from '../../contracts/messages.ts';
import type { Sender } from '../../contracts/send.ts';
import type { CardInput } from '../card/card.ts';
import { lazyCard } from '../card/lazy-card.ts';
import type { CardController, CardModule, ScanApi } from '../modules/contracts.ts';
import type { ModuleSource } from '../modules/source.ts';
import type { ScanOptions } from '../scan/types.ts';
import { findAnchor } from '../sites/lib/anchor.ts';
import type { PageAdapter } from '../sites/types.ts';
import { errorModel, loadingModel } from '../../present/badges/loading.ts';
import { createRow, placeHits, placeRow, type TickerHit } from './place.ts';
import { type BadgeHandle, createBadge, renderBadge } from './render.ts';
import type { BadgeKind, BadgeModel } from '../../contracts/badge-model.ts';
import type { PageSettings } from '../../contracts/page-settings.ts';



/**
 * Views and their badge texts (built by the worker), shared across sessions of one page (SPA
 * navigation reuses them while settings are equal). `context` undefined = not answered yet.
 */
export interface ViewCache {
  views: Map<string, TickerView>;
  texts: Map<string, TickerTexts>;
  context: RotationContext | null | undefined;
  rotation?: BadgeTexts;
}

export const emptyCache = (): ViewCache => ({ views: new Map(), texts: new Map(), context: undefined });

export interface SessionDeps {
  doc: Document;
  url: URL;
  adapter: PageAdapter;
  settings: PageSettings;
  send: Sender;
  scan: ModuleSource<ScanApi>;
  card: ModuleSource<CardModule>;
  cache?: ViewCache;
}

export interface PageSession {
  readonly kind: 'quote' | 'article' | 'none';
  readonly symbol: string | null;
  readonly badges: readonly BadgeHandle[];
  /** Resolves when every request sent so far has been answered and painted. */
  settled(): Promise<void>;
  stop(): void;
}

interface Entry {
  handle: BadgeHandle;
  card: CardController;
}

const QUOTE_KINDS: readonly BadgeKind[] = ['rs', 'discount', 'streak', 'rotation'];
const INLINE_KINDS: readonly BadgeKind[] = ['rs', 'streak', 'discount'];

export function startSession(deps: SessionDeps): PageSession {
  const { doc, adapter, settings, send } = deps;
  const cache: ViewCache = deps.cache ?? emptyCache();
  const entries: Entry[] = [];
  const added: Node[] = [];
  const watchers: (() => void)[] = [];
  const pending = new Set<string>();
  const inflight = new Set<Promise<void>>();
  const failed = new Map<string, string>();
  let pagePe: Record<string, PagePeValue | PagePeValue[]> | undefined;
  let stopped = false;
  let flushQueued = false;

  const modelFor = (kind: BadgeKind, symbol: string): BadgeModel => {
    const texts = kind === 'rotation' ? cache.rotation : cache.texts.get(symbol)?.[kind];
    if (texts) return texts[settings.density];
    // No text yet: loading, or the reason its batch failed (the rotation badge shares its row's symbol).
    const error = failed.get(symbol);
    return error === undefined ? loadingModel(kind) : errorModel(kind, error);
  };
  const paint = () => {
    for (const { handle } of entries) renderBadge(handle, modelFor(handle.kind, handle.symbol));
  };
  const cardInput = (h: BadgeHandle): CardInput | null => {
    const onOpen = () => void send({ type: 'open-options' });
    const c = cache.context;
    if (h.kind === 'rotation') return c ? { report: c.report, stamp: c.stamp, discount: c.valuation, market: true, notes: c.notes, onOpen } : null;
    const v = cache.views.get(h.symbol);
    if (v?.status !== 'ok') return null;
    // A small-cap proxy's own report is the market context too (its discount is the small-vs-large reading).
    const market = h.symbol === settings.comparison.smallProxy || v.discount?.from === 'reading';
    return { report: v.report, stamp: v.stamp, discount: v.discount, market, notes: v.notes, onOpen };
  };
  const addBadge = (kind: BadgeKind, symbol: string): BadgeHandle => {
    const handle = createBadge(doc, kind, symbol);
    entries.push({ handle, card: lazyCard(handle, () => cardInput(handle), deps.card) });
    renderBadge(handle, modelFor(kind, symbol));
    return handle;
  };

  const isUnknown = (symbol: string) => cache.views.get(symbol)?.status === 'unknown';
  /**
   * "RS n/a — unknown symbol" inline says nothing worth its width: an article's badge goes (a quote
   * page's row keeps it; a session has either the row or inline badges, never both).
   */
  const dropUnknownInline = () => {
    for (const e of kind === 'article' ? entries.filter((x) => isUnknown(x.handle.symbol)) : []) {
      e.card.detach();
      e.handle.host.remove();
      entries.splice(entries.indexOf(e), 1);
    }
  };

  const request = async (symbols: string[]) => {
    const reply = await send({ type: 'get-badges', site: adapter.id, symbols, ...(pagePe ? { pagePe } : {}) });
    if (stopped) return;
    if (reply.ok) {
      const { tickers, context, texts } = reply.data;
      for (const [s, view] of Object.entries(tickers)) {
        cache.views.set(s, view);
        const t = texts.tickers[s];
        if (t) cache.texts.set(s, t);
      }
      if (context || cache.context === undefined) {
        cache.context = context;
        cache.rotation = texts.rotation;
      }
    } else {
      // Texts kept from an earlier page (page-runtime.ts) give way to the error: nothing answers for them now.
      for (const s of symbols) {
        failed.set(s, reply.error.message);
        if (!cache.views.has(s)) cache.texts.delete(s);
      }
      if (cache.context === undefined) {
        cache.context = null;
        cache.rotation = undefined;
      }
    }
    dropUnknownInline();
    paint();
  };
  const track = (p: Promise<void>) => {
    const tracked = p.finally(() => inflight.delete(tracked));
    inflight.add(tracked);
  };
  const flush = () => {
    flushQueued = false;
    const symbols = [...pending].filter((s) => !cache.views.has(s));
    pending.clear();
    for (let i = 0; i < symbols.length; i += PAGE_BADGE_CAP) track(request(symbols.slice(i, i + PAGE_BADGE_CAP)));
  };
  const want = (symbols: Iterable<string>) => {
    for (const s of symbols) pending.add(s);
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flush);
    }
  };

  const inlineKind = INLINE_KINDS.find((k) => settings.badges[k]);
  let scan: ScanApi | null = null;
  const badgeHits = (hits: TickerHit[]) => {
    if (stopped || !inlineKind || hits.length === 0) return;
    const room = PAGE_BADGE_CAP - entries.length;
    const placed = placeHits(hits.slice(0, Math.max(0, room)), (hit) => addBadge(inlineKind, hit.symbol).host, scan?.markScanned);
    for (const { node } of placed) added.push(node);
    dropUnknownInline(); // a symbol already answered as unknown
    want(placed.map((p) => p.hit.symbol));
  };

  let symbol: string | null = null;
  try {
    symbol = adapter.symbolFromUrl(deps.url) ?? adapter.symbolFromPage?.(doc) ?? null;
  } catch {
    symbol = null;
  }
  let kind: PageSession['kind'] = 'none';
  if (symbol) {
    const anchor = findAnchor(doc, adapter);
    const kinds = QUOTE_KINDS.filter((k) => settings.badges[k]);
    if (anchor && kinds.length) {
      kind = 'quote';
      try {
        const all = adapter.readPes?.(doc);
        const pe = all?.length ? all : adapter.readPe?.(doc);
        if (pe) pagePe = { [symbol]: pe };
      } catch {
        // A page whose P/E cannot be read simply has no discount (never an invented number).
      }
      const row = createRow(doc);
      for (const k of kinds) row.append(addBadge(k, symbol).host);
      placeRow(anchor, row);
      added.push(row);
      want([symbol]);
    }
  } else if (inlineKind) {
    // The scanner looks inside the adapter's article bodies when the page has any, else the whole
    // body; the watcher badges tickers added later (lazy bodies, infinite scroll).
    const opts: ScanOptions = { adapter, watchlist: new Set(settings.watchlist), max: PAGE_BADGE_CAP };
    kind = 'article';
    const run = (api: ScanApi | null) => {
      if (stopped || !api) return;
      scan = api;
      badgeHits(api.scanForTickers(doc.body, opts));
      watchers.push(api.watchForTickers(doc.body, opts, badgeHits));
    };
    const now = deps.scan.now();
    if (now) run(now);
    else track(deps.scan.load().then(run));
  }

  return {
    kind,
    symbol,
    get badges() {
      return entries.map((e) => e.handle);
    },
    async settled() {
      while (flushQueued || inflight.size) {
        await Promise.resolve();
        await Promise.all(inflight);
      }
    },
    stop() {
      stopped = true;
      for (const stop of watchers.splice(0)) stop();
      for (const e of entries) e.card.detach();
      for (const n of added) n.parentNode?.removeChild(n);
      entries.length = 0;
      added.length = 0;
    },
  };
}
