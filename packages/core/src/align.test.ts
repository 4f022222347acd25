import { describe, expect, it } from 'vitest';
import { barsOf, expectCode } from '../test/fixtures.ts';
import { alignSeries } from './align.ts';
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
