/**
 * refresh-valuation: the user's "refresh the reading" on a stale discount (card, popup). Fetches the
 * live readings of the user's pair now (force: even when today's fetch already ran), then drops memoised
 * views so the next answers use them. Answers with the fresh reading's date, or why there is none: the
 * fc.yahoo.com permission is not held, or the fetch failed (then the last reading stays and is named).
 */
import { latestReading, type ValuationReading } from '@rotation-lens/market-data';
import { refreshText } from '../../present/valuation/refresh-text.ts';
import type { ValuationRefresh, ValuationRefreshResult } from '../../contracts/messages.ts';
import type { Settings } from '../../settings/schema.ts';
import type { WorkerCtx } from '../deps.ts';
import type { Handler } from './types.ts';

/** The newest live reading of the user's pair (small-cap proxy vs benchmark), any basis. */
function newestOfPair(readings: readonly ValuationReading[], settings: Settings): ValuationReading | null {
  const { smallProxy, benchmark } = settings.comparison;
  return latestReading(readings.filter((r) => r.smallIndex === smallProxy && r.largeIndex === benchmark));
}

export const refreshValuation: Handler<'refresh-valuation'> = async (_req, ctx): Promise<ValuationRefresh> => {
  const result = await refreshResult(ctx);
  return { ...result, text: refreshText(result) };
};

async function refreshResult(ctx: WorkerCtx): Promise<ValuationRefreshResult> {
  const settings = await ctx.settings();
  const result = await ctx.live.refreshNow(settings);
  if (result === null) return { status: 'not-permitted' };
  ctx.memo.clear();
  const newest = newestOfPair(result.readings, settings);
  if (result.fetched && newest) return { status: 'fresh', date: newest.date, source: newest.source };
  const message = result.error?.message ?? 'Yahoo gave no reading for this pair';
  return { status: 'failed', message, lastDate: newest?.date ?? null };
}
