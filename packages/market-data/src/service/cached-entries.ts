import { type BarCache, type CachedBars, cacheKey } from '../cache/bar-cache.ts';
import type { BarSeries, BarsResult, DailyBar, Provider } from '../types.ts';
import type { RefreshError } from './refresh-errors.ts';

/**
 * The service's side of the cache: one entry per symbol, under the provider that last served it. What
 * a caller is answered is always built from an entry (`resultOf`), so fresh and cached answers agree.
 */

/** The freshest non-empty entry for `symbol` among the configured providers (ties: the user's order). */
export async function findCached(cache: BarCache, providers: readonly Provider[], symbol: string): Promise<CachedBars | null> {
  let best: CachedBars | null = null;
  for (const p of providers) {
    const entry = await cache.get(cacheKey(p.id, symbol));
    const last = entry?.bars.at(-1)?.date;
    if (entry && last && (!best || last > best.bars.at(-1)!.date)) best = entry;
  }
  return best;
}

/** Writes a fetched series as the symbol's one entry: the other providers' entries for it go. */
export async function storeSeries(cache: BarCache, providers: readonly Provider[], symbol: string, series: BarSeries, bars: DailyBar[], at: Date): Promise<CachedBars> {
  const entry: CachedBars = { symbol, provider: series.provider, bars, fetchedAt: at.toISOString(), checkedAt: at.toISOString() };
  if (series.simulated) entry.simulated = true;
  if (series.currency !== undefined) entry.currency = series.currency;
  if (series.exchangeTimezone !== undefined) entry.exchangeTimezone = series.exchangeTimezone;
  await cache.put(cacheKey(series.provider, symbol), entry);
  for (const p of providers) if (p.id !== series.provider) await cache.delete(cacheKey(p.id, symbol));
  return entry;
}

/** A caller's answer from an entry (non-empty bars). */
export function resultOf(entry: CachedBars, fromCache: boolean, stale: boolean, refreshError?: RefreshError): BarsResult {
  const result: BarsResult = {
    symbol: entry.symbol,
    provider: entry.provider,
    bars: entry.bars,
    asOf: entry.bars.at(-1)!.date,
    stale,
    fromCache,
  };
  if (entry.currency !== undefined) result.currency = entry.currency;
  if (entry.exchangeTimezone !== undefined) result.exchangeTimezone = entry.exchangeTimezone;
  if (entry.simulated) result.simulated = true;
  if (refreshError) result.refreshError = refreshError;
  return result;
}
