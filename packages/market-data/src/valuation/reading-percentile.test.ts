import { describe, expect, it } from 'vitest';
import type { ValuationReading } from '../types.ts';
import { testReading } from '../test/reading.ts';
import { readingDiscount } from './discount.ts';
import { comparableHistory, readingPercentile } from './reading-percentile.ts';
import { SHIPPED_READINGS } from './shipped-readings.ts';

const reading = (id: string, date: string, peSmall: number, extra: Partial<ValuationReading> = {}) =>
  testReading(id, date, peSmall, { peLarge: 25, ...extra });

/** Independent count: the share of comparable discounts strictly below, plus half of the equal ones. */
function bruteForce(current: ValuationReading, all: ValuationReading[]): { percentile: number; count: number } {
  const d = 1 - current.peSmall / current.peLarge;
  const same = all.filter((r) => r.basis === current.basis && !r.approximate && r.date <= current.date && r.id !== current.id);
  const ds = [...same, current].map((r) => 1 - r.peSmall / r.peLarge);
  let score = 0;
  for (const x of ds) score += x < d ? 1 : x === d ? 0.5 : 0;
  return { percentile: (100 * score) / ds.length, count: ds.length };
}

describe('readingPercentile', () => {
  it('equals a brute-force count on 212 random readings, ties and future readings included', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const all: ValuationReading[] = [];
    for (let i = 0; i < 212; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
      // Two decimals: ties happen.
      all.push(reading(`r${i}`, `2026-${month}-${day}`, Math.round((14 + rand() * 6) * 4) / 4, i % 9 === 0 ? { basis: 'forward' } : {}));
    }
    for (const current of [all[0]!, all[100]!, all[211]!, all[57]!]) {
      const got = readingPercentile(current, all)!;
      const want = bruteForce(current, all);
      expect(got.count).toBe(want.count);
      expect(got.percentile).toBeCloseTo(want.percentile, 12);
    }
  });

  it('only the same pair and basis: IWM vs SPY ranks among S&P 600 vs S&P 500, never among other pairs', () => {
    const live = reading('live', '2026-02-01', 16, { basis: 'forward', peLarge: 22 });
    const other = reading('qqq', '2026-01-15', 10, { smallIndex: 'QQQ', basis: 'forward' });
    const hist = comparableHistory(live, [...SHIPPED_READINGS, other]);
    expect(hist.map((r) => r.id)).toEqual(['live', 'shipped-2026-01-sp600-sp500-forward']);
    // 1 − 16/22 = 27.3% < 30.97%: below the shipped reading → 25th percentile of 2.
    expect(readingPercentile(live, [...SHIPPED_READINGS, other])).toEqual({ percentile: 25, count: 2 });
  });

  it('alone in its history → 50th percentile of 1; an undefined discount → null', () => {
    const r = reading('a', '2026-01-01', 15);
    expect(readingPercentile(r, [])).toEqual({ percentile: 50, count: 1 });
    expect(readingPercentile({ ...r, discount: Number.NaN }, [])).toBeNull();
    expect(readingDiscount(r)).toBeCloseTo(0.4, 12);
  });
});
