/**
 * DataStamp of a computed view: provider and date of the data, whether it is stale (served from
 * cache because a due refresh failed or is pending), offline, or simulated. A view built from two
 * series (X and the benchmark) is stale/offline/simulated if either is.
 */
import type { BarsResult } from '@rotation-lens/market-data';
import type { DataStamp } from '../contracts/messages.ts';

export function stampOf(series: readonly BarsResult[], asOf: string, online: boolean): DataStamp {
  const first = series[0];
  if (!first) throw new Error('stampOf needs at least one series');
  const offlineError = series.some((s) => s.refreshError && /offline|network|fetch/i.test(`${s.refreshError.kind} ${s.refreshError.message}`));
  return {
    provider: first.provider,
    asOf,
    stale: series.some((s) => s.stale),
    offline: !online || offlineError,
    simulated: series.some((s) => s.simulated === true),
  };
}
