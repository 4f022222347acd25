import { type BarCache, type CachedBars, cacheKey } from '../cache/bar-cache.ts';
import { lastCompletedSession } from '../calendar/session-close.ts';
import { BadResponse, UnknownSymbol } from '../errors.ts';
import { createProviderChain } from '../net/provider-chain.ts';
import { canonicalSymbol } from '../symbols.ts';
import type { BarSeries, BarsResult, DailyBar, Provider, ProviderId } from '../types.ts';
import { findCached, resultOf, storeSeries } from './cached-entries.ts';
import { historyStart } from './history-start.ts';
import {
  DEFAULT_HISTORY_YEARS,
  DEFAULT_MIN_REFRESH_INTERVAL_MS,
  type GetBarsOptions,
  type MarketData,
  type MarketDataOptions,
} from './market-data.ts';
import { mergeTail, normalizeBars } from './merge-bars.ts';
import { describeError, isAbort, type RefreshError, raceAbort, toMarketDataError } from './refresh-errors.ts';

/** What one network refresh needs: the chain to ask, the cache to write, how deep a full fetch goes. */
interface FetchContext {
  chain: Provider;
  cache: BarCache;
  providers: readonly Provider[];
  years: number;
}

/** One network refresh: tail when possible, else full history. Throws typed errors. */
async function fetchFresh(ctx: FetchContext, symbol: string, entry: CachedBars | null, at: Date): Promise<BarsResult> {
  const lastDone = lastCompletedSession(at);
  const store = (series: BarSeries, bars: DailyBar[]) => storeSeries(ctx.cache, ctx.providers, symbol, series, bars, at);
  if (entry) {
    const tail = await ctx.chain.getDailyBars({ symbol, from: entry.bars.at(-1)!.date });
    if (tail.provider === entry.provider) {
      const verdict = mergeTail(entry.bars, normalizeBars(tail.bars, lastDone));
      if (verdict.kind === 'merged') return resultOf(await store(tail, verdict.bars), false, false);
    }
  }
  const full = await ctx.chain.getDailyBars({ symbol, from: historyStart(lastDone, ctx.years) });
  const bars = normalizeBars(full.bars, lastDone);
  if (bars.length === 0) throw new BadResponse(full.provider, symbol, 'no completed daily bars in the requested range');
  return resultOf(await store(full, bars), false, false);
}

/** A network attempt for a symbol: when, and its error when it failed. */
interface Attempt {
  at: number;
  error?: RefreshError;
}

/** The newer of this process's last attempt and the one persisted in the entry (which survives restarts). */
function lastAttempt(mine: Attempt | undefined, entry: CachedBars): Attempt {
  const persisted = { at: Date.parse(entry.checkedAt ?? entry.fetchedAt), error: entry.refreshError };
  return mine && mine.at >= persisted.at ? mine : persisted;
}

function canonicalOrUnknown(raw: string, provider: ProviderId): string {
  const symbol = canonicalSymbol(raw);
  if (symbol === null) throw new UnknownSymbol(provider, String(raw).slice(0, 40), `not a ticker symbol: ${String(raw).slice(0, 40)}`);
  return symbol;
}

/**
 * The market-data service: stale-while-revalidate over a BarCache, refreshed through the provider chain.
 *
 * Invariants:
 * - a refresh is due only when the newest cached bar is older than the last completed NYSE session;
 * - at most one network attempt per symbol per `minRefreshIntervalMs` (unless forceRefresh), whether
 *   the attempt succeeded or not; the attempt time is persisted in the entry (`checkedAt`); a refresh
 *   skipped while offline (`online()` false) is no attempt and is not recorded;
 * - only final bars are stored (dated ≤ the last completed session): an intraday bar would freeze;
 * - a refresh fetches only the tail from the last cached date (one bar of overlap); if the overlap bar
 *   was re-adjusted or the tail comes from another provider, the full history is fetched again;
 * - one entry per symbol: a successful write under provider P removes the symbol's entries of others;
 * - `stale: true` only when cached bars are served while a due refresh failed or is still pending.
 */
export function createMarketData(opts: MarketDataOptions): MarketData {
  const { providers, cache } = opts;
  const firstId: ProviderId = providers[0]?.id ?? 'sample';
  const chain = opts.chain ? opts.chain(providers) : createProviderChain(providers);
  const now = opts.now ?? (() => new Date());
  const minInterval = opts.minRefreshIntervalMs ?? DEFAULT_MIN_REFRESH_INTERVAL_MS;
  const online = opts.online ?? (() => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false);
  const fetchContext: FetchContext = { chain, cache, providers, years: opts.history?.years ?? DEFAULT_HISTORY_YEARS };

  /** Shared refreshes, one per symbol. */
  const pending = new Map<string, Promise<BarsResult>>();
  /** Attempts this process made, newest per symbol (the persisted `checkedAt` covers restarts). */
  const attempts = new Map<string, Attempt>();

  const canonical = (raw: string): string => canonicalOrUnknown(raw, firstId);

  /**
   * fetchFresh + bookkeeping. With a cached entry it never rejects: failure → the cached bars, stale.
   * A refresh skipped because the device is offline (online() false) touched no network, so it is not recorded
   * as an attempt: the throttle must not hold back the first refresh once the device is back online.
   */
  async function refresh(symbol: string, entry: CachedBars | null): Promise<BarsResult> {
    const at = now();
    if (!online()) {
      const error = toMarketDataError(null, firstId, symbol, false);
      if (!entry) throw error;
      return resultOf(entry, true, true, describeError(error));
    }
    try {
      const result = await fetchFresh(fetchContext, symbol, entry, at);
      attempts.set(symbol, { at: at.getTime() });
      return result;
    } catch (e) {
      if (isAbort(e)) throw e;
      const error = toMarketDataError(e, firstId, symbol, online());
      const described = describeError(error);
      attempts.set(symbol, { at: at.getTime(), error: described });
      if (!entry) throw error;
      // Persist the attempt so the throttle survives a restart (MV3 workers restart often).
      const failed: CachedBars = { ...entry, checkedAt: at.toISOString(), refreshError: described };
      await cache.put(cacheKey(entry.provider, symbol), failed).catch(() => undefined);
      return resultOf(failed, true, true, described);
    }
  }

  function shared(symbol: string, entry: CachedBars | null): Promise<BarsResult> {
    let p = pending.get(symbol);
    if (!p) {
      p = refresh(symbol, entry).finally(() => pending.delete(symbol));
      p.catch(() => undefined); // callers observe the rejection; an abandoned one must not be "unhandled"
      pending.set(symbol, p);
    }
    return p;
  }

  async function getBars(raw: string, o: GetBarsOptions = {}): Promise<BarsResult> {
    const symbol = canonical(raw);
    o.signal?.throwIfAborted();
    const entry = await findCached(cache, providers, symbol);
    if (!entry || o.forceRefresh) return raceAbort(shared(symbol, entry), o.signal);

    const t = now();
    const networkFirst = o.mode === 'network-first';
    if (entry.bars.at(-1)!.date >= lastCompletedSession(t)) return resultOf(entry, true, false);

    const inFlight = pending.get(symbol);
    if (inFlight) return networkFirst ? raceAbort(inFlight, o.signal) : resultOf(entry, true, true);

    const last = lastAttempt(attempts.get(symbol), entry);
    if (t.getTime() - last.at < minInterval) return resultOf(entry, true, last.error !== undefined, last.error);

    const p = shared(symbol, entry);
    return networkFirst ? raceAbort(p, o.signal) : resultOf(entry, true, true);
  }

  return {
    getBars,
    async revalidate(raw, o = {}) {
      const inFlight = pending.get(canonical(raw));
      if (inFlight && !o.forceRefresh) return raceAbort(inFlight, o.signal);
      return getBars(raw, { ...o, mode: 'network-first' });
    },
    async validateSymbol(raw, o = {}) {
      const r = await getBars(raw, { mode: 'network-first', ...o });
      return r.simulated
        ? { symbol: r.symbol, provider: r.provider, asOf: r.asOf, simulated: true }
        : { symbol: r.symbol, provider: r.provider, asOf: r.asOf };
    },
    get inflight() {
      return pending.size;
    },
  };
}
