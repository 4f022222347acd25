import {
  createYahooValuationSource,
  isReadingStale,
  latestReading,
  loadLiveState,
  mergeReadings,
  readingDiscount,
  readingPercentile,
  readingsOfPair,
  refreshLiveValuation,
  SHIPPED_READINGS,
  type ValuationReading,
} from '@rotation-lens/market-data';
import type { DataSpec } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { providerBaseUrl, yahooCookieUrl } from '../io/base-url.ts';
import { resolveCacheDir } from '../io/cache-dir.ts';
import { createLoadDeadline } from '../io/network-deadline.ts';
import type { ValuationSpec } from '../valuation-flags.ts';
import { createLiveFileStore } from './live-file-store.ts';
import type { ReportValuation } from './report-valuation.ts';

export interface ValuationRequest {
  small: string;
  large: string;
  spec: ValuationSpec;
  data: DataSpec;
  /** --as-of as typed, when given. */
  requestedAsOf?: string;
  /** The last date both price series have: readings after it describe a later market. */
  dataAsOf: string;
}

export interface ResolvedValuation {
  valuation: ReportValuation | null;
  /** Why there is none, for the text report (absent with --valuation none). */
  missing?: string;
}

interface LiveReadings {
  readings: ValuationReading[];
  error?: string;
}

/**
 * The live Yahoo readings kept in the price cache folder: with `--provider yahoo` online, refreshed at most
 * once per session after the close; `--offline` reads the cached ones only. Other data sources have none.
 * A failing refresh or an unwritable folder never fails the report: the last good readings stay.
 */
async function liveReadings(data: DataSpec, io: CliIo, pair: { small: string; large: string }, now: Date): Promise<LiveReadings | null> {
  if (data.kind !== 'provider' || data.provider !== 'yahoo') return null;
  const store = createLiveFileStore(resolveCacheDir(data.cacheDir, io.env, io.cwd));
  if (data.offline) return { readings: (await loadLiveState(store)).readings };
  const baseUrl = providerBaseUrl('yahoo', io.env);
  const cookieUrl = yahooCookieUrl(io.env);
  const source = createYahooValuationSource({
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(cookieUrl ? { cookieUrl } : {}),
    ...(io.now ? { now: io.now } : {}),
    deadline: createLoadDeadline(data.timeoutMs),
  });
  try {
    const r = await refreshLiveValuation(source, store, pair, { now });
    return { readings: r.readings, ...(r.error ? { error: r.error.message } : {}) };
  } catch (e) {
    return { readings: (await loadLiveState(store)).readings, error: `cannot save the valuation history (${e instanceof Error ? e.message : String(e)})` };
  }
}

function view(reading: ValuationReading, history: readonly ValuationReading[], now: Date, refreshError?: string): ReportValuation {
  const rank = readingPercentile(reading, history);
  return {
    peSmall: reading.peSmall,
    peLarge: reading.peLarge,
    discount: readingDiscount(reading) ?? 1 - reading.peSmall / reading.peLarge,
    basis: reading.basis,
    date: reading.date,
    source: reading.source,
    smallIndex: reading.smallIndex,
    largeIndex: reading.largeIndex,
    stale: isReadingStale(reading.date, now),
    ...(rank && rank.count >= 2 ? { percentile: rank.percentile, readings: rank.count } : {}),
    ...(reading.shipped ? { published: true } : {}),
    ...(refreshError ? { refreshError } : {}),
  };
}

/**
 * The report's valuation, first source that applies: --valuation none; --pe-small/--pe-large; with
 * --provider yahoo and no --as-of, the latest live reading (today's, or the last good one); else the latest
 * reading of the pair (shipped + live) on or before --as-of, or the prices' last date.
 */
export async function resolveValuation(req: ValuationRequest, io: CliIo): Promise<ResolvedValuation> {
  if (req.spec.kind === 'none') return { valuation: null };
  const now = (io.now ?? (() => new Date()))();
  const pair = { small: req.small, large: req.large };
  const live = req.spec.kind === 'manual' ? null : await liveReadings(req.data, io, pair, now);
  const history = mergeReadings(SHIPPED_READINGS, live?.readings ?? []);
  if (req.spec.kind === 'manual') {
    const { peSmall, peLarge, basis, date } = req.spec;
    const mine: ValuationReading = {
      id: 'cli-manual',
      date: date ?? req.requestedAsOf ?? req.dataAsOf,
      smallIndex: req.small,
      largeIndex: req.large,
      peSmall,
      peLarge,
      basis,
      source: 'your figures (--pe-small, --pe-large)',
      shipped: false,
    };
    return { valuation: view(mine, history, now) };
  }
  const limit = req.requestedAsOf ?? req.dataAsOf;
  // Without --as-of the live reading comes first; with it, whichever reading is the latest up to that date.
  const current = live && !req.requestedAsOf ? latestReading(readingsOfPair(live.readings, req.small, req.large)) : null;
  const reading = current ?? latestReading(readingsOfPair(history, req.small, req.large), { asOf: limit });
  if (!reading) {
    const when = ` on or before ${limit}`;
    const why = live?.error ? `; live refresh failed: ${live.error}` : '';
    return { valuation: null, missing: `no P/E reading for ${req.small} vs ${req.large}${when}${why}` };
  }
  return { valuation: view(reading, history, now, live?.error) };
}
