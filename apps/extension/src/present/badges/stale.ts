/**
 * Kept badge texts shown past their freshness (the page kit's first paint, src/contracts/page-kit.ts):
 * "as of <date> · stale", SIMULATED kept. Built by the worker when it keeps the texts, so a page
 * only picks the fresh or the stale set (content/badges/kept.ts). Error/loading models are left as they are.
 */
import type { BadgeModel, BadgeTexts, TickerTexts } from '../../contracts/badge-model.ts';

export function markStale(model: BadgeModel, asOf: string | null): BadgeModel {
  if (model.state !== 'ok' || asOf === null) return model;
  const simulated = model.note?.includes('SIMULATED') ? ' · SIMULATED' : '';
  return { ...model, state: 'stale', note: `as of ${asOf} · stale${simulated}`, label: `${model.label}. Data as of ${asOf}, stale` };
}

const staleBadge = (t: BadgeTexts, asOf: string | null): BadgeTexts => ({ full: markStale(t.full, asOf), compact: markStale(t.compact, asOf) });

/** The stale form of one symbol's texts or of the market-context badge's. */
export function staleTexts<T extends TickerTexts | BadgeTexts>(texts: T, asOf: string | null): T {
  if ('full' in texts) return staleBadge(texts as BadgeTexts, asOf) as T;
  const t = texts as TickerTexts;
  return { rs: staleBadge(t.rs, asOf), streak: staleBadge(t.streak, asOf), discount: staleBadge(t.discount, asOf) } as T;
}
