import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BarSeries } from '../types.ts';
import { historyStart, SAMPLE_REF_DATE, simulateUniverse } from './simulate.ts';
import { isSampleTradingDay } from './trading-days.ts';
import { SAMPLE_UNIVERSE } from './universe.ts';

const logReturns = (s: BarSeries): number[] =>
  s.bars.slice(1).map((b, i) => Math.log(b.close / s.bars[i]!.close));

const annualVol = (r: number[]): number => {
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  const variance = r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1);
  return Math.sqrt(variance * 252);
};

const correlation = (x: number[], y: number[]): number => {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
};

const END = '2024-09-12';

describe('simulateUniverse', () => {
  it('is deterministic per seed and differs across seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const a = simulateUniverse({ seed, end: END, symbols: ['IWM', 'XYZ'] });
        const b = simulateUniverse({ seed, end: END, symbols: ['IWM', 'XYZ'] });
        expect(a).toEqual(b);
        const c = simulateUniverse({ seed: seed + 1, end: END, symbols: ['IWM'] });
        expect(c['IWM']!.bars.at(-1)!.close).not.toBe(a['IWM']!.bars.at(-1)!.close);
      }),
      { numRuns: 8 },
    );
  });

  it('hits target volatility (IWM ~22%, SPY ~16%) and correlation (~0.85) for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const u = simulateUniverse({ seed, end: END, symbols: ['IWM', 'SPY'] });
        const iwm = logReturns(u['IWM']!);
        const spy = logReturns(u['SPY']!);
        expect(iwm.length).toBeGreaterThan(2500);
        expect(Math.abs(annualVol(iwm) - 0.22)).toBeLessThan(0.02);
        expect(Math.abs(annualVol(spy) - 0.16)).toBeLessThan(0.015);
        expect(Math.abs(correlation(iwm, spy) - 0.85)).toBeLessThan(0.03);
      }),
      { numRuns: 12 },
    );
  });

  it('produces rotations: the 3-month IWM/SPY relative return changes sign several times', () => {
    const u = simulateUniverse({ seed: 7, end: END, symbols: ['IWM', 'SPY'] });
    const iwm = u['IWM']!.bars;
    const spy = u['SPY']!.bars;
    let signChanges = 0;
    let last = 0;
    for (let i = 63; i < iwm.length; i += 21) {
      const rel = iwm[i]!.close / iwm[i - 63]!.close - spy[i]!.close / spy[i - 63]!.close;
      const sign = Math.sign(rel);
      if (last !== 0 && sign !== 0 && sign !== last) signChanges++;
      if (sign !== 0) last = sign;
    }
    expect(signChanges).toBeGreaterThanOrEqual(4);
  });

  it('gives ~10 years of valid trading-day bars for every universe symbol and an unknown one', () => {
    const u = simulateUniverse({ end: END, symbols: [...SAMPLE_UNIVERSE, 'zzzq'] });
    expect(Object.keys(u)).toHaveLength(SAMPLE_UNIVERSE.length + 1);
    for (const s of Object.values(u)) {
      expect(s.simulated).toBe(true);
      expect(s.provider).toBe('sample');
      expect(s.bars[0]!.date >= historyStart(END)).toBe(true);
      expect(s.bars.at(-1)!.date).toBe(END);
      expect(s.bars.length).toBeGreaterThan(2500);
      for (let i = 0; i < s.bars.length; i++) {
        const b = s.bars[i]!;
        expect(Number.isFinite(b.close) && b.close > 0).toBe(true);
        expect(b.high! >= Math.max(b.open!, b.close) && b.low! <= Math.min(b.open!, b.close)).toBe(true);
        if (i > 0) expect(b.date > s.bars[i - 1]!.date).toBe(true);
      }
      expect(s.bars.every((b) => isSampleTradingDay(b.date))).toBe(true);
    }
    expect(u['ZZZQ']).toBeDefined();
  });

  it('anchors levels at the reference date and keeps history consistent when end moves', () => {
    const early = simulateUniverse({ seed: 3, end: '2024-06-28', symbols: ['SPY'] })['SPY']!.bars;
    const late = simulateUniverse({ seed: 3, end: END, symbols: ['SPY'] })['SPY']!.bars;
    const byDate = new Map(late.map((b) => [b.date, b.close]));
    for (const b of early.slice(-300)) expect(byDate.get(b.date)).toBe(b.close);
    expect(late.find((b) => b.date === SAMPLE_REF_DATE)!.close).toBe(472);
  });

  it('does not depend on which other symbols are simulated', () => {
    const alone = simulateUniverse({ seed: 9, end: END, symbols: ['QQQ'] })['QQQ'];
    const crowd = simulateUniverse({ seed: 9, end: END })['QQQ'];
    expect(crowd).toEqual(alone);
  });
});
