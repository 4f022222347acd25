/**
 * Test support for the worker: deterministic bars from the Sample provider and a fake WorkerCtx
 * that records every bars() call. Used only by *.test.ts files.
 */
import { type BarsResult, createSampleProvider, type ValuationReading, UnknownSymbol } from '@rotation-lens/market-data';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import type { BarsOptions, LiveValuation, WorkerCtx } from '../background/deps.ts';
import { createMemo } from '../background/memo.ts';

export const TEST_END = '2026-01-16';

export const TEST_READING: ValuationReading = {
  id: 'test-2026-01',
  date: '2026-01-15',
  smallIndex: 'S&P 600',
  largeIndex: 'S&P 500',
  peSmall: 15.6,
  peLarge: 22.6,
  basis: 'forward',
  source: 'Test source',
  shipped: true,
};

export async function sampleBars(symbols: string[], end = TEST_END): Promise<Map<string, BarsResult>> {
  const provider = createSampleProvider({ seed: 7, end });
  const out = new Map<string, BarsResult>();
  for (const symbol of symbols) {
    const s = await provider.getDailyBars({ symbol });
    out.set(symbol, { ...s, asOf: s.bars.at(-1)?.date ?? end, stale: false, fromCache: false });
  }
  return out;
}

export interface FakeCtx extends WorkerCtx {
  calls: { symbol: string; opts?: BarsOptions }[];
  csvStore: Map<string, string>;
  setSettings(s: Settings): void;
  optionsOpened: number;
  /** The section of each open-options call with one. */
  optionsSections: string[];
  /** Every injectScript call, in order. */
  injected: { tabId: number; frameId: number; file: string }[];
}

export function fakeCtx(opts: {
  bars: Map<string, BarsResult>;
  settings?: Settings;
  fail?: Record<string, Error>;
  online?: boolean;
  reading?: ValuationReading | null;
  /** Readings besides `reading` (like-with-like: other bases, live readings). */
  readings?: ValuationReading[];
  /** Display time for staleness (default 2026-02-01). */
  now?: Date;
  /** Live readings (default: the fc.yahoo.com permission not held). */
  live?: LiveValuation;
}): FakeCtx {
  let settings = opts.settings ?? structuredClone(DEFAULT_SETTINGS);
  const csvStore = new Map<string, string>();
  const ctx: FakeCtx = {
    calls: [],
    csvStore,
    optionsOpened: 0,
    optionsSections: [],
    injected: [],
    setSettings(s) {
      settings = s;
    },
    settings: async () => settings,
    freshSettings: async () => settings,
    async bars(symbol, o) {
      ctx.calls.push({ symbol, ...(o ? { opts: o } : {}) });
      await Promise.resolve();
      const err = opts.fail?.[symbol];
      if (err) throw err;
      const b = opts.bars.get(symbol);
      if (!b) throw new UnknownSymbol('sample', symbol);
      return b;
    },
    async validateSymbol(symbol) {
      await ctx.bars(symbol);
      return { symbol };
    },
    parseCsv(csv) {
      return csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [date = '', close = ''] = line.split(',');
          return { date, close: Number(close) };
        });
    },
    cache: { clear: async () => 4, info: async () => ({ entries: 3, bytes: 1234 }) },
    csv: {
      get: async (s) => csvStore.get(s) ?? null,
      put: async (s, c) => void csvStore.set(s, c),
      clear: async () => csvStore.clear(),
    },
    memo: createMemo(),
    valuation: {
      latest: () => (opts.reading === undefined ? TEST_READING : opts.reading),
      discount: (pe, peLarge) => 1 - pe / peLarge,
      readings: () => {
        const main = opts.reading === undefined ? TEST_READING : opts.reading;
        return [...(main ? [main] : []), ...(opts.readings ?? [])];
      },
      now: () => opts.now ?? new Date('2026-02-01T15:00:00Z'),
    },
    online: () => opts.online ?? true,
    live: opts.live ?? { refreshNow: async () => null },
    async openOptions(section) {
      ctx.optionsOpened++;
      if (section) ctx.optionsSections.push(section);
    },
    async injectScript(target, file) {
      ctx.injected.push({ ...target, file });
    },
  };
  return ctx;
}
