import { createMemoryCache } from '../cache/memory-cache.ts';
import { createProviderChain } from '../net/provider-chain.ts';
import { tradingDays } from '../calendar/sessions.ts';
import type { BarRequest, BarSeries, DailyBar, Provider, ProviderId } from '../types.ts';
import { createMarketData } from '../service/create-market-data.ts';
import type { MarketDataOptions } from '../service/market-data.ts';

/** Deterministic bars on every NYSE session of [from, to]: close = 100 + i, adjClose = close × factor. */
export function sessionBars(from: string, to: string, factor = 1): DailyBar[] {
  return tradingDays(from, to).map((date, i) => ({ date, close: 100 + i, adjClose: (100 + i) * factor, volume: 1000 }));
}

export interface FakeProvider extends Provider {
  requests: BarRequest[];
  /** The provider's whole history; tests edit it to simulate new sessions or re-adjustments. */
  history: DailyBar[];
  /** When set, the next calls throw it. */
  failWith: Error | null;
}

/** A provider answering from `history`, honouring from/to, recording every request. */
export function fakeProvider(id: ProviderId, history: DailyBar[], extra: Partial<BarSeries> = {}): FakeProvider {
  const fake: FakeProvider = {
    id,
    label: `fake ${id}`,
    needsKey: false,
    requests: [],
    history,
    failWith: null,
    async getDailyBars(req) {
      fake.requests.push({ ...req });
      if (fake.failWith) throw fake.failWith;
      const bars = fake.history.filter((b) => (!req.from || b.date >= req.from) && (!req.to || b.date <= req.to));
      return { symbol: req.symbol, provider: id, bars: bars.map((b) => ({ ...b })), currency: 'USD', ...extra };
    },
  };
  return fake;
}

/** A settable clock. */
export function fakeClock(iso: string) {
  let t = new Date(iso);
  return {
    now: () => t,
    set: (next: string) => {
      t = new Date(next);
    },
    advance: (ms: number) => {
      t = new Date(t.getTime() + ms);
    },
  };
}

export const MINUTE = 60_000;

/** The real provider chain without waiting: backoff sleeps resolve at once. */
export const instantChain = (providers: Provider[]) => createProviderChain(providers, { sleep: async () => undefined });

/** Service over a memory cache and the given providers with a fake clock and the instant chain. */
export function setup(providers: Provider[], clockIso: string, extra: Partial<MarketDataOptions> = {}) {
  const clock = fakeClock(clockIso);
  const cache = createMemoryCache();
  const md = createMarketData({ providers, cache, now: clock.now, online: () => true, chain: instantChain, ...extra });
  return { clock, cache, md };
}
