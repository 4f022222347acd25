import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { ascendingYearSpans, firstFiveDays, yearSpans } from './first-five-days.ts';

/** Six sessions a year: Dec base handled by the previous year's last session. */
function years(spec: Record<number, number[]>): { dates: string[]; prices: number[] } {
  const dates: string[] = [];
  const prices: number[] = [];
  for (const [year, closes] of Object.entries(spec)) {
    closes.forEach((c, i) => {
      dates.push(`${year}-01-${String(i + 2).padStart(2, '0')}`);
      prices.push(c);
    });
  }
  return { dates, prices };
}

describe('firstFiveDays', () => {
  it('current year first five, and the record after positive starts', () => {
    const { dates, prices } = years({
      2020: [100, 100, 100, 100, 100, 100],
      2021: [101, 102, 103, 104, 105, 110], // start +5% (vs 100), year +10%
      2022: [109, 108, 107, 106, 104, 120], // start −5.45%, year +9.1%
      2023: [121, 122, 123, 124, 126, 115], // start +5%, year −4.17%
      2024: [116, 117, 118, 119, 117],      // start +1.7% (5 sessions, current)
    });
    const r = firstFiveDays(prices, dates);
    expect(r.year).toBe(2024);
    expect(r.firstFive).toBeCloseTo(117 / 115 - 1, 14);
    expect(r.history).toEqual({
      years: 3,
      from: 2021,
      to: 2023,
      positiveStarts: 2,
      positiveYears: 1,
      hitRate: 0.5,
      averageYearAfterPositive: (110 / 100 - 1 + (115 / 120 - 1)) / 2,
    });
  });

  it('null before the fifth session and without history', () => {
    const { dates, prices } = years({ 2023: [1, 2, 3, 4, 5, 6], 2024: [7, 8, 9] });
    const r = firstFiveDays(prices, dates);
    expect(r.firstFive).toBeNull();
    expect(r.history.years).toBe(0);
    expect(r.history.hitRate).toBeNull();
    expect(r.history.averageYearAfterPositive).toBeNull();
    expectCode(() => firstFiveDays([], []), 'EMPTY_SERIES');
  });
});

describe('ascendingYearSpans', () => {
  it('equals the linear yearSpans on ascending session dates (years 0000 to 9999)', () => {
    const day = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const clustered = fc.array(fc.constantFrom('1999-12-31', '2000-01-03', '2000-06-30', '2001-01-02', '9999-12-31', '0000-01-01'));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 60 }), clustered, (xs, ys) => {
        const dates = [...new Set([...xs, ...ys])].sort();
        expect(ascendingYearSpans(dates)).toEqual(yearSpans(dates));
      }),
    );
  });
});
