import type { BarsResult } from '@rotation-lens/market-data';
import { describe, expect, it } from 'vitest';
import { createBarsSource } from './bars-source.ts';
import { createMemo, memoKey } from './memo.ts';

const result = (symbol: string): BarsResult => ({
  symbol,
  provider: 'yahoo',
  bars: [{ date: '2026-01-16', close: 1 }],
  asOf: '2026-01-16',
  stale: false,
  fromCache: false,
});

function setup(csvs: Record<string, string> = {}) {
  const calls: string[] = [];
  const market = {
    async getBars(symbol: string, opts?: { forceRefresh?: boolean }) {
      calls.push(`${symbol}${opts?.forceRefresh ? '!' : ''}`);
      await new Promise((r) => setTimeout(r, 5));
      return result(symbol);
    },
  };
  const csv = { get: async (s: string) => csvs[s] ?? null, put: async () => undefined, clear: async () => undefined };
  const parse = (text: string) => text.split('\n').slice(1).filter(Boolean).map((l) => ({ date: l.split(',')[0] ?? '', close: Number(l.split(',')[1]) }));
  return { calls, bars: createBarsSource(async () => market, csv, parse) };
}

describe('bars source', () => {
  it('concurrent requests for one symbol share one market-data call', async () => {
    const { calls, bars } = setup();
    const [a, b, c] = await Promise.all([bars('SPY'), bars('SPY'), bars('IWM')]);
    expect(a).toBe(b);
    expect(c?.symbol).toBe('IWM');
    expect(calls).toEqual(['SPY', 'IWM']);
    await bars('SPY'); // settled: a later call asks again (market-data's cache answers it)
    expect(calls).toEqual(['SPY', 'IWM', 'SPY']);
  });

  it('a forced refresh is not merged with a plain read', async () => {
    const { calls, bars } = setup();
    await Promise.all([bars('SPY'), bars('SPY', { forceRefresh: true })]);
    expect(calls.sort()).toEqual(['SPY', 'SPY!']);
  });

  it('an imported CSV wins for its symbol', async () => {
    const { calls, bars } = setup({ ABC: 'Date,Close\n2024-01-02,10\n2024-01-03,11\n' });
    const r = await bars('ABC');
    expect(r).toMatchObject({ provider: 'csv', asOf: '2024-01-03', stale: false });
    expect(r.bars).toHaveLength(2);
    expect(calls).toEqual([]);
  });
});

describe('memo', () => {
  it('keys by symbol, benchmark, as-of and settings hash; evicts the oldest beyond its bound', () => {
    const memo = createMemo(2);
    const k = (s: string) => memoKey({ symbol: s, benchmark: 'SPY', asOf: '2026-01-16', settingsHash: 'h' });
    expect(k('A')).not.toBe(memoKey({ symbol: 'A', benchmark: 'SPY', asOf: '2026-01-16', settingsHash: 'h2' }));
    memo.set(k('A'), 1);
    memo.set(k('B'), 2);
    memo.set(k('C'), 3);
    expect(memo.get(k('A'))).toBeUndefined();
    expect(memo.get(k('C'))).toBe(3);
    expect(memo.size).toBe(2);
    memo.clear();
    expect(memo.size).toBe(0);
  });
});
