import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barsOf } from '../../test/fixtures.ts';
import { HAS_SHARED_DATA, loadLong } from '../../test/shared-data.ts';
import { pairArb } from '../../test/study-reference.ts';
import { computeReport } from '../report.ts';

const report = (small: Parameters<typeof computeReport>[0]['bars'], large: typeof small, asOf?: string) =>
  computeReport({ symbol: 'S', bars: small }, { symbol: 'L', bars: large }, asOf === undefined ? {} : { asOf });

describe('analogs in the report', () => {
  it('no look-ahead: data after asOf changes no study and no context line', () => {
    fc.assert(
      fc.property(pairArb(3, 600), fc.double({ min: 0.05, max: 0.95, noNaN: true }), ({ small, large }, cut) => {
        const k = Math.max(2, Math.floor(small.length * cut));
        const asOf = small[k - 1]?.date as string;
        const full = report(small, large, asOf);
        const truncated = report(small.slice(0, k), large.slice(0, k));
        expect(full.analogs).toEqual(truncated.analogs);
        expect(full.highContext).toEqual(truncated.highContext);
      }),
      { numRuns: 120 },
    );
  });

  it('is null when the caller turns the studies off, and the regime never reads them', () => {
    const closes = Array.from({ length: 40 }, (_, i) => 100 + i);
    const small = barsOf(closes);
    const large = barsOf(closes.map(() => 100));
    const on = report(small, large);
    const off = computeReport({ symbol: 'S', bars: small }, { symbol: 'L', bars: large }, { analogs: false });
    expect(on.analogs?.streak?.length).toBe(39);
    expect(off.analogs).toBeNull();
    expect(off.regime).toEqual(on.regime);
  });

  it('computes no study when the ratio over- or underflows (prices at the edge of the double range)', () => {
    // Long before the report's own ratio span (the last 200 sessions), so only the studies see it.
    const closes = Array.from({ length: 300 }, (_, i) => 100 + i);
    const small = barsOf(closes.map((c, i) => (i === 20 ? 1e300 : c)));
    const large = barsOf(closes.map((_, i) => (i === 20 ? 1e-300 : 100)));
    const r = computeReport({ symbol: 'S', bars: small }, { symbol: 'L', bars: large });
    expect(r.analogs).toEqual({ streak: null, overbought: null, breakout: null, firstFiveDays: null });
  });

  it('uses the regime thresholds’ RSI levels', () => {
    const small = barsOf(Array.from({ length: 40 }, (_, i) => 100 + i)); // RSI 100
    const large = barsOf(Array.from({ length: 40 }, () => 100));
    const level = (thresholds: { rsiOverbought: number }) =>
      computeReport({ symbol: 'S', bars: small }, { symbol: 'L', bars: large }, { thresholds }).analogs?.overbought?.level;
    expect(level({ rsiOverbought: 70 })).toBe(70);
    expect(level({ rsiOverbought: 99 })).toBe(99);
  });
});

describe.skipIf(!HAS_SHARED_DATA)('analogs on real IWM/SPY', () => {
  it('2026-01-12: the issue’s figures, with record context', () => {
    const r = report(loadLong('IWM'), loadLong('SPY'), '2026-01-12');
    const s = r.analogs?.streak;
    expect(s?.episodes).toHaveLength(24);
    expect(s?.horizons['3M'].wins).toBe(8);
    expect(s?.horizons['3M'].median).toBeCloseTo(-0.0101, 4);
    expect(s?.baseline['3M']).toMatchObject({ n: 6382, wins: 3103 });
    expect(s?.baseline['3M'].median).toBeCloseTo(-0.00153, 5);
    expect(r.highContext).toEqual({ kind: 'record', previousRecord: '2026-01-09', sessionsSince: 1 });
    expect(r.analogs?.firstFiveDays?.positive).toBe(true);
  });
});
