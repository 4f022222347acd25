import { describe, expect, it } from 'vitest';
import { readingDiscount, tickerDiscount } from './discount.ts';
import { SHIPPED_READINGS } from './shipped-readings.ts';

describe('tickerDiscount', () => {
  it('1 − pe/peLarge: cheaper is positive, dearer negative', () => {
    expect(tickerDiscount(15.6, 22.6)).toBeCloseTo(0.3097, 4);
    expect(tickerDiscount(22.6, 22.6)).toBe(0);
    expect(tickerDiscount(45.2, 22.6)).toBeCloseTo(-1, 12);
  });

  it('meaningless P/Es give null, never NaN or Infinity', () => {
    for (const [a, b] of [[0, 22], [-5, 22], [15, 0], [Number.NaN, 22], [15, Number.POSITIVE_INFINITY]] as const) {
      expect(tickerDiscount(a, b), `${a}/${b}`).toBeNull();
    }
  });
});

describe('readingDiscount', () => {
  it('the Jan 2026 S&P 600 vs S&P 500 reading: 30.97%', () => {
    const precise = SHIPPED_READINGS.find((r) => r.id === 'shipped-2026-01-sp600-sp500-forward')!;
    expect(readingDiscount(precise)! * 100).toBeCloseTo(30.97, 2);
  });

  it('a published discount wins over the indicative P/Es', () => {
    const approx = SHIPPED_READINGS.find((r) => r.id === 'shipped-2026-01-small-ex-unprofitable-approx')!;
    expect(readingDiscount(approx)).toBe(0.26);
    expect(readingDiscount({ ...approx, discount: Number.NaN })).toBeNull();
  });
});
