import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode, weekdays } from '../../test/fixtures.ts';
import { WINDOW_SESSIONS } from '../types.ts';
import { dailyReturns, dailyReturnsUnchecked, windowReturns, ytdBaseIndex } from './returns.ts';

describe('returns', () => {
  it('daily returns', () => {
    const r = dailyReturns([100, 110, 99]);
    expect(r.length).toBe(2);
    expect(r[0]).toBeCloseTo(0.1, 15);
    expect(r[1]).toBeCloseTo(-0.1, 15);
    expect(dailyReturns([5]).length).toBe(0);
  });

  it('window returns count sessions and are null when too short', () => {
    // 300 sessions, price = 100 + index: N-session return = (399)/(399 − N) − 1.
    const n = 300;
    const dates = weekdays('2023-06-01', n);
    const prices = Float64Array.from({ length: n }, (_, i) => 100 + i);
    const w = windowReturns(prices, dates);
    expect(w['1W']).toBeCloseTo(399 / 394 - 1, 14);
    expect(w['1M']).toBeCloseTo(399 / 378 - 1, 14);
    expect(w['3M']).toBeCloseTo(399 / 336 - 1, 14);
    expect(w['6M']).toBeCloseTo(399 / 273 - 1, 14);
    expect(w['1Y']).toBeCloseTo(399 / 147 - 1, 14);
    const short = windowReturns(prices.subarray(0, 63), dates.slice(0, 63));
    expect(short['3M']).toBeNull();
    expect(short['1M']).not.toBeNull();
    expect(windowReturns(prices.subarray(0, 64), dates.slice(0, 64))['3M']).toBeCloseTo(163 / 100 - 1, 14);
  });

  it('YTD uses the last session of the previous year; null when the series starts inside the year', () => {
    const dates = ['2023-12-28', '2023-12-29', '2024-01-02', '2024-01-03'];
    const prices = Float64Array.from([90, 100, 104, 110]);
    expect(ytdBaseIndex(dates)).toBe(1);
    expect(windowReturns(prices, dates).YTD).toBeCloseTo(0.1, 15);
    expect(windowReturns(prices.subarray(2), dates.slice(2)).YTD).toBeNull();
    // Last date on 31 Dec: base is the previous year's last session.
    expect(ytdBaseIndex(['2022-12-30', '2023-06-01', '2023-12-29'])).toBe(0);
  });

  it('equals a naive recomputation on random series crossing year ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.5, max: 500, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 0, max: 600 }),
        (closes, offset) => {
          const dates = weekdays(`2020-${offset < 300 ? '06' : '11'}-01`, closes.length + offset).slice(offset);
          const w = windowReturns(Float64Array.from(closes), dates);
          const n = closes.length;
          const last = closes[n - 1] as number;
          for (const [key, sessions] of Object.entries(WINDOW_SESSIONS)) {
            const expected = n > sessions ? last / (closes[n - 1 - sessions] as number) - 1 : null;
            expect(w[key as keyof typeof WINDOW_SESSIONS]).toBe(expected);
          }
          const year = (dates[n - 1] as string).slice(0, 4);
          const base = dates.findLastIndex((d) => d.slice(0, 4) < year);
          expect(w.YTD).toBe(base < 0 ? null : last / (closes[base] as number) - 1);
        },
      ),
    );
  });

  it('rejects bad input', () => {
    expectCode(() => windowReturns(new Float64Array(0), []), 'EMPTY_SERIES');
    expectCode(() => windowReturns(Float64Array.from([1, 2]), ['2024-01-02']), 'BAD_OPTION');
    expectCode(() => windowReturns(Float64Array.from([1, Number.NaN]), ['2024-01-02', '2024-01-03']), 'NON_FINITE');
    expectCode(() => windowReturns(Float64Array.from([1, -2]), ['2024-01-02', '2024-01-03']), 'NON_POSITIVE_PRICE');
    expectCode(() => windowReturns(Float64Array.from([1, 2]), ['2024-01-02', 'soon']), 'BAD_DATE');
    expectCode(() => dailyReturns([1, 0]), 'NON_POSITIVE_PRICE');
  });
});

describe('dailyReturnsUnchecked(prices, keep)', () => {
  it('keeps the last `keep` daily returns bit for bit, and still throws on an overflow before them', () => {
    const price = fc.double({ min: 0.01, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(fc.array(price, { minLength: 1, maxLength: 50 }), fc.integer({ min: 0, max: 60 }), (xs, keep) => {
        const all = dailyReturns(xs);
        expect(dailyReturnsUnchecked(xs, keep)).toEqual(all.subarray(Math.max(0, all.length - keep)));
      }),
    );
    expectCode(() => dailyReturnsUnchecked([1e-300, 1e300, 1, 2, 3], 2), 'NON_FINITE');
  });
});
