import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barsOf, expectCode, weekdays } from '../test/fixtures.ts';
import { alignSeries } from './align.ts';
import type { CoreError } from './errors.ts';
import type { Bar } from './types.ts';

const small: Bar[] = [
  { date: '2024-01-02', close: 10, adjClose: 9 },
  { date: '2024-01-03', close: 11, adjClose: 10 },
  { date: '2024-01-05', close: 12, adjClose: 11 },
  { date: '2024-01-08', close: 13, adjClose: 12 },
];
const large: Bar[] = [
  { date: '2024-01-01', close: 100, adjClose: 90 },
  { date: '2024-01-03', close: 101, adjClose: 91 },
  { date: '2024-01-04', close: 102, adjClose: 92 },
  { date: '2024-01-05', close: 103, adjClose: 93 },
  { date: '2024-01-08', close: 104, adjClose: 94 },
];

describe('alignSeries', () => {
  it('joins on common dates and uses adjusted close when every common bar has it', () => {
    const a = alignSeries(small, large);
    expect(a.dates).toEqual(['2024-01-03', '2024-01-05', '2024-01-08']);
    expect(a.price).toBe('adjclose');
    expect(Array.from(a.small)).toEqual([10, 11, 12]);
    expect(Array.from(a.large)).toEqual([91, 93, 94]);
  });

  it('falls back to close when a common bar lacks adjClose; honours price override', () => {
    const partial = large.map((b, i) => (i === 3 ? { date: b.date, close: b.close } : b));
    const a = alignSeries(small, partial);
    expect(a.price).toBe('close');
    expect(Array.from(a.large)).toEqual([101, 103, 104]);
    expect(alignSeries(small, large, { price: 'close' }).price).toBe('close');
    expectCode(() => alignSeries(small, partial, { price: 'adjclose' }), 'BAD_OPTION');
    expectCode(() => alignSeries(small, large, { price: 'open' as 'close' }), 'BAD_OPTION');
  });

  it('truncates at asOf (inclusive) and checks its range', () => {
    expect(alignSeries(small, large, { asOf: '2024-01-06' }).dates).toEqual(['2024-01-03', '2024-01-05']);
    expect(alignSeries(small, large, { asOf: '2030-01-01' }).dates.length).toBe(3);
    expectCode(() => alignSeries(small, large, { asOf: '2024-01-02' }), 'AS_OF_OUT_OF_RANGE');
    expectCode(() => alignSeries(small, large, { asOf: '2024-1-2' }), 'BAD_DATE');
  });

  it('rejects disjoint or invalid series', () => {
    expectCode(() => alignSeries(barsOf([1, 2], '2020-01-01'), barsOf([1, 2], '2021-01-01')), 'NO_COMMON_DATES');
    expectCode(() => alignSeries([], large), 'EMPTY_SERIES');
    expectCode(() => alignSeries(small, [large[1], large[0]] as Bar[]), 'UNSORTED_DATES');
  });
});

describe('alignSeries merge join', () => {
  it('equals a brute-force join on date strings (random subsets of sessions, with and without asOf)', () => {
    const days = weekdays('2019-12-20', 40);
    const series = fc
      .array(fc.tuple(fc.boolean(), fc.boolean(), fc.double({ min: 1, max: 200, noNaN: true })), {
        minLength: 40,
        maxLength: 40,
      })
      .map((xs) => xs.flatMap(([keep, adj, close], i) => (keep ? [{ date: days[i] as string, close, ...(adj ? { adjClose: close * 2 } : {}) }] : [])));
    fc.assert(
      fc.property(series, series, fc.option(fc.constantFrom(...days)), (a, b, asOf) => {
        const common = a.filter((x) => b.some((y) => y.date === x.date) && (asOf === null || x.date <= asOf));
        let got: ReturnType<typeof alignSeries> | string;
        try {
          got = alignSeries(a, b, asOf === null ? {} : { asOf });
        } catch (e) {
          got = (e as CoreError).code;
        }
        if (a.length === 0 || b.length === 0 || common.length === 0) {
          const shared = a.some((x) => b.some((y) => y.date === x.date));
          expect(got).toBe(a.length === 0 || b.length === 0 ? 'EMPTY_SERIES' : shared ? 'AS_OF_OUT_OF_RANGE' : 'NO_COMMON_DATES');
          return;
        }
        const other = new Map(b.map((y) => [y.date, y]));
        const adjusted = common.every((x) => x.adjClose !== undefined && other.get(x.date)?.adjClose !== undefined);
        const pick = (bar: Bar): number => (adjusted ? (bar.adjClose as number) : bar.close);
        expect(got).toEqual({
          dates: common.map((x) => x.date),
          small: Float64Array.from(common.map(pick)),
          large: Float64Array.from(common.map((x) => pick(other.get(x.date) as Bar))),
          price: adjusted ? 'adjclose' : 'close',
        });
      }),
    );
  });
});
