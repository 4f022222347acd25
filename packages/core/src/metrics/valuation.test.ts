import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { discountPercentile, valuationDiscount } from './valuation.ts';

describe('valuation', () => {
  it('15.6 vs 22.6 → 30.97% discount', () => {
    expect(valuationDiscount(15.6, 22.6)).toBeCloseTo(0.309734513, 9);
    expect((valuationDiscount(15.6, 22.6) * 100).toFixed(2)).toBe('30.97');
    expect(valuationDiscount(25, 20)).toBeCloseTo(-0.25, 15);
  });

  it('percentile in a history, mid-rank ties, null when empty', () => {
    expect(discountPercentile(0.3, [0.1, 0.2, 0.3, 0.4])).toBe(62.5);
    expect(discountPercentile(0.5, [0.1, 0.2])).toBe(100);
    expect(discountPercentile(0, [0.1, 0.2])).toBe(0);
    expect(discountPercentile(0.2, [])).toBeNull();
  });

  it('typed errors', () => {
    expectCode(() => valuationDiscount(Number.NaN, 20), 'NON_FINITE');
    expectCode(() => valuationDiscount(15, 0), 'NON_POSITIVE_PRICE');
    expectCode(() => valuationDiscount(-3, 20), 'NON_POSITIVE_PRICE');
    expectCode(() => discountPercentile(0.1, [0.2, Number.NaN]), 'NON_FINITE');
  });
});
