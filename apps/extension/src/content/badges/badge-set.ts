/**
 * The badges one session has drawn, each with its lazy hover card: drawn from the view cache (the
 * worker's texts, or kept ones), else "loading", else the reason its batch failed.
 */
import { errorModel, loadingModel } from '../../present/badges/loading.ts';
import type { BadgeKind, BadgeModel } from '../../contracts/badge-model.ts';
import type { OptionsSection, Reply, ValuationRefresh } from '../../contracts/messages.ts';
import type { PageSettings } from '../../contracts/page-settings.ts';
import type { Sender } from '../../contracts/send.ts';
import type { CardInput } from '../card/card.ts';
import { lazyCard } from '../card/lazy-card.ts';
import type { CardController, CardModule } from '../modules/contracts.ts';
import type { ModuleSource } from '../modules/source.ts';
import { type BadgeHandle, createBadge, renderBadge } from './render.ts';
import type { ViewCache } from './view-cache.ts';

export interface BadgeSetDeps {
  doc: Document;
  settings: PageSettings;
  send: Sender;
  card: ModuleSource<CardModule>;
  cache: ViewCache;
  /** Symbol → why its batch failed. */
  failed: ReadonlyMap<string, string>;
  /** The card's "Refresh reading": a forced live valuation reading (page-session.ts). */
  refreshValuation(): Promise<Reply<ValuationRefresh>>;
}

export interface BadgeSet {
  readonly handles: readonly BadgeHandle[];
  add(kind: BadgeKind, symbol: string): BadgeHandle;
  /** Redraws every badge from the cache. */
  paint(): void;
  /** Removes the badges `drop` picks (host and card). */
  remove(drop: (h: BadgeHandle) => boolean): void;
}

interface Entry {
  handle: BadgeHandle;
  card: CardController;
}

export function createBadgeSet({ doc, settings, send, card, cache, failed, refreshValuation }: BadgeSetDeps): BadgeSet {
  const entries: Entry[] = [];
  const modelFor = (kind: BadgeKind, symbol: string): BadgeModel => {
    const texts = kind === 'rotation' ? cache.rotation : cache.texts.get(symbol)?.[kind];
    if (texts) return texts[settings.density];
    // No text yet: loading, or the reason its batch failed (the rotation badge shares its row's symbol).
    const error = failed.get(symbol);
    return error === undefined ? loadingModel(kind) : errorModel(kind, error);
  };
  const cardInput = (h: BadgeHandle): CardInput | null => {
    const onOpen = (section?: OptionsSection) => void send({ type: 'open-options', ...(section ? { section } : {}) });
    const base = { onOpen, refreshValuation };
    const c = cache.context;
    if (h.kind === 'rotation') return c ? { ...base, report: c.report, stamp: c.stamp, discount: c.valuation, market: true, notes: c.notes } : null;
    const v = cache.views.get(h.symbol);
    if (v?.status !== 'ok') return null;
    // A small-cap proxy's own report is the market context too (its discount is the small-vs-large reading).
    const market = h.symbol === settings.comparison.smallProxy || v.discount?.from === 'reading';
    return { ...base, report: v.report, stamp: v.stamp, discount: v.discount, market, notes: v.notes };
  };
  return {
    get handles() {
      return entries.map((e) => e.handle);
    },
    add(kind, symbol) {
      const handle = createBadge(doc, kind, symbol);
      entries.push({ handle, card: lazyCard(handle, () => cardInput(handle), card) });
      renderBadge(handle, modelFor(kind, symbol));
      return handle;
    },
    paint() {
      for (const { handle } of entries) renderBadge(handle, modelFor(handle.kind, handle.symbol));
    },
    remove(drop) {
      for (const e of entries.filter((x) => drop(x.handle))) {
        e.card.detach();
        e.handle.host.remove();
        entries.splice(entries.indexOf(e), 1);
      }
    },
  };
}
