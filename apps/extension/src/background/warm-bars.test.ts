import { type BarsResult, UnknownSymbol } from '@rotation-lens/market-data';
import { describe, expect, it } from 'vitest';
import { createMemo } from './memo.ts';
import { WARM_FRESH_MS, WARM_UNKNOWN_MS } from './freshness.ts';
import { warmBars } from './warm-bars.ts';

const result = (symbol: string, stale = false): BarsResult => ({
  symbol,
  provider: 'yahoo',
  bars: [{ date: '2026-01-16', close: 1 }],
  asOf: '2026-01-16',
  stale,
  fromCache: true,
});

function setup(behaviour: (symbol: string) => BarsResult | Error = (s) => result(s)) {
  const calls: string[] = [];
  let clock = 1_000_000;
  const memo = createMemo();
  const bars = warmBars(
    async (symbol, o) => {
      calls.push(`${symbol}${o?.forceRefresh ? '!' : ''}`);
      const out = behaviour(symbol);
      if (out instanceof Error) throw out;
      return out;
    },
    { memo, now: () => clock },
  );
  return { calls, bars, memo, advance: (ms: number) => (clock += ms) };
}

describe('warm bars', () => {
  it('a repeat request within the freshness window is answered from memory', async () => {
    const { calls, bars, advance } = setup();
    const a = await bars('SPY');
    advance(WARM_FRESH_MS - 1);
    expect(await bars('SPY')).toBe(a);
    expect(calls).toEqual(['SPY']);
    advance(1);
    await bars('SPY');
    expect(calls).toEqual(['SPY', 'SPY']);
  });

  it('stale results are not kept: the next request sees the refresh outcome', async () => {
    const { calls, bars } = setup((s) => result(s, true));
    await bars('SPY');
    await bars('SPY');
    expect(calls).toEqual(['SPY', 'SPY']);
  });

  it('a forced refresh reaches the source and replaces the kept result', async () => {
    let n = 0;
    const { calls, bars } = setup((s) => ({ ...result(s), bars: [{ date: '2026-01-16', close: ++n }] }));
    await bars('SPY');
    const forced = await bars('SPY', { forceRefresh: true });
    expect(forced.bars[0]?.close).toBe(2);
    expect(await bars('SPY')).toBe(forced);
    expect(calls).toEqual(['SPY', 'SPY!']);
  });

  it('a forced refresh that comes back stale (it failed) drops the kept result', async () => {
    let failing = false;
    const { calls, bars } = setup((s) => result(s, failing));
    await bars('SPY');
    failing = true;
    expect((await bars('SPY', { forceRefresh: true })).stale).toBe(true);
    expect((await bars('SPY')).stale).toBe(true);
    expect(calls).toEqual(['SPY', 'SPY!', 'SPY']);
  });

  it('an unknown symbol is remembered for a while; other errors are not', async () => {
    const { calls, bars, advance } = setup((s) => (s === 'NOPE' ? new UnknownSymbol('yahoo', s) : new Error('socket hang up')));
    await expect(bars('NOPE')).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(bars('NOPE')).rejects.toBeInstanceOf(UnknownSymbol);
    expect(calls).toEqual(['NOPE']);
    advance(WARM_UNKNOWN_MS);
    await expect(bars('NOPE')).rejects.toBeInstanceOf(UnknownSymbol);
    expect(calls).toEqual(['NOPE', 'NOPE']);
    await expect(bars('FLAKY')).rejects.toThrow('socket hang up');
    await expect(bars('FLAKY')).rejects.toThrow('socket hang up');
    expect(calls).toEqual(['NOPE', 'NOPE', 'FLAKY', 'FLAKY']);
  });

  it('clearing the memo (settings change, refresh, clear-cache, CSV import) drops what was kept', async () => {
    const { calls, bars, memo } = setup();
    await bars('SPY');
    memo.clear();
    await bars('SPY');
    expect(calls).toEqual(['SPY', 'SPY']);
  });
});
