import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode, weekdays } from '../../test/fixtures.ts';
import { maxDrawdown } from './drawdown.ts';

describe('maxDrawdown', () => {
  it('finds the deepest fall from a running peak, with dates', () => {
    const dates = weekdays('2024-01-01', 7);
    // peak 120 (i=1) → trough 60 (i=3): −50%; later 150 → 90 is −40%.
    expect(maxDrawdown([100, 120, 90, 60, 150, 90, 140], dates)).toEqual({ max: -0.5, peak: dates[1], trough: dates[3] });
    expect(maxDrawdown([1, 2, 3], dates.slice(0, 3))).toEqual({ max: 0, peak: null, trough: null });
    expect(maxDrawdown([5], dates.slice(0, 1)).max).toBe(0);
  });

  it('is always ≤ 0 and matches a quadratic brute force', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 80 }), (p) => {
        const dates = weekdays('2024-01-01', p.length);
        const dd = maxDrawdown(p, dates);
        let brute = 0;
        for (let t = 0; t < p.length; t++) {
          const peak = Math.max(...p.slice(0, t + 1));
          brute = Math.min(brute, (p[t] as number) / peak - 1);
        }
        expect(dd.max).toBeLessThanOrEqual(0);
        expect(dd.max).toBeCloseTo(brute, 12);
      }),
    );
  });

  it('typed errors', () => {
    expectCode(() => maxDrawdown([], []), 'EMPTY_SERIES');
    expectCode(() => maxDrawdown([1, 2], ['2024-01-01']), 'BAD_OPTION');
    expectCode(() => maxDrawdown([1, 0], ['2024-01-01', '2024-01-02']), 'NON_POSITIVE_PRICE');
  });
});
