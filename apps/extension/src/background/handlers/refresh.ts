/**
 * refresh: force a refresh of the benchmark, the small-cap proxy and the active watchlist, then drop
 * memoised views. Counts the symbols that refreshed; failures keep their cached data (market-data).
 */
import type { Settings } from '../../settings/schema.ts';
import type { WorkerCtx } from '../deps.ts';
import type { Handler } from './types.ts';

export function refreshSymbols(settings: Settings): string[] {
  const active = settings.watchlists.find((w) => w.id === settings.activeWatchlistId) ?? settings.watchlists[0];
  return [...new Set([settings.comparison.benchmark, settings.comparison.smallProxy, ...(active?.symbols ?? [])])];
}

export async function refreshAll(ctx: WorkerCtx): Promise<number> {
  const symbols = refreshSymbols(await ctx.settings());
  const results = await Promise.allSettled(symbols.map((s) => ctx.bars(s, { forceRefresh: true })));
  ctx.memo.clear();
  return results.filter((r) => r.status === 'fulfilled' && !r.value.stale).length;
}

export const refresh: Handler<'refresh'> = async (_req, ctx) => ({ refreshed: await refreshAll(ctx) });
