import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { lastRsi, rsi } from './rsi.ts';

// StockCharts' RSI worksheet closes; expected values are TA-Lib RSI(14) to 4 dp.
const STOCKCHARTS = [
  44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.1, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28, 46.0,
  46.03, 46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35, 44.03, 44.18, 44.22, 44.57, 43.42, 42.66,
  43.13,
];
const TALIB_RSI14 = [
  70.4641, 66.2496, 66.4809, 69.3469, 66.2947, 57.915, 62.8807, 63.2088, 56.0116, 62.3399, 54.671, 50.3868, 40.0194,
  41.4926, 41.9024, 45.4995, 37.3228, 33.0905, 37.7888,
];
// Tulip Indicators' RSI(5) example.
const TULIP = [81.59, 81.06, 82.87, 83.0, 83.61, 83.15, 82.84, 83.99, 84.55, 84.36, 85.53, 86.54, 86.89, 87.77, 87.29];
const TULIP_RSI5 = [72.034, 64.927, 75.936, 79.796, 74.713, 83.033, 87.478, 88.755, 91.483, 78.498];

describe('rsi', () => {
  it('matches TA-Lib RSI(14) on the StockCharts series to 4 dp', () => {
    const out = rsi(STOCKCHARTS, 14);
    expect(out.length).toBe(STOCKCHARTS.length - 14);
    expect(Array.from(out, (x) => Number(x.toFixed(4)))).toEqual(TALIB_RSI14);
  });

  it("matches Tulip's RSI(5) to 3 dp", () => {
    expect(Array.from(rsi(TULIP, 5), (x) => Number(x.toFixed(3)))).toEqual(TULIP_RSI5);
  });

  it('aligns out[i] with input i + period and is empty when n ≤ period', () => {
    expect(rsi([1, 2, 3], 3).length).toBe(0);
    // Up, up, down by 1 each: gains 2/3, losses 1/3 → 66.67 at input index 3.
    expect(rsi([1, 2, 3, 2], 3)[0]).toBeCloseTo(66.6667, 4);
  });

  it('gives 0 when nothing moved (TA-Lib), 100 when it only rose', () => {
    expect(Array.from(rsi(new Array(20).fill(5), 14))).toEqual(new Array(6).fill(0));
    expect(rsi(Array.from({ length: 20 }, (_, i) => i + 1), 14)[5]).toBe(100);
  });

  it('stays in [0, 100]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }),
        fc.integer({ min: 1, max: 30 }),
        (values, period) => {
          for (const x of rsi(values, period)) expect(x >= 0 && x <= 100).toBe(true);
        },
      ),
    );
  });

  it('rejects non-finite values and bad periods', () => {
    expectCode(() => rsi([1, 2, Number.NaN, 4], 2), 'NON_FINITE');
    expectCode(() => rsi([Number.POSITIVE_INFINITY, 2, 3, 4], 2), 'NON_FINITE');
    expectCode(() => rsi([1, 2, 3, 4, 5, Number.NEGATIVE_INFINITY], 2), 'NON_FINITE');
    for (const [at, bad] of [[20, Number.NaN], [20, Number.POSITIVE_INFINITY], [29, Number.NEGATIVE_INFINITY]] as const) {
      const long = Array.from({ length: 30 }, (_, i) => 10 + (i % 3));
      long[at] = bad;
      expectCode(() => rsi(long, 14), 'NON_FINITE');
      expectCode(() => rsi(long, 1), 'NON_FINITE');
    }
    expectCode(() => rsi([1, 2, 3], 0), 'BAD_OPTION');
    expectCode(() => rsi([1, 2, 3], 1.5), 'BAD_OPTION');
  });
});

describe('lastRsi', () => {
  it('is the last value of rsi bit for bit, null when too short, and fails like rsi', () => {
    const value = fc.oneof(fc.double({ min: 1, max: 1000, noNaN: true }), fc.constantFrom(5, 5, 5));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (xs, period) => {
        const series = rsi(xs, period);
        expect(Object.is(lastRsi(xs, period), series.length === 0 ? null : series[series.length - 1])).toBe(true);
      }),
    );
    expectCode(() => lastRsi([1, 2, Number.NaN, 4], 2), 'NON_FINITE');
    expectCode(() => lastRsi([1, 2, 3, Number.POSITIVE_INFINITY], 2), 'NON_FINITE');
    expectCode(() => lastRsi([1, 2], 0), 'BAD_OPTION');
  });
});
