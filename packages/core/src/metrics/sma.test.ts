import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode, randomWalk } from '../../test/fixtures.ts';
import { sma } from './sma.ts';

const naiveSma = (values: number[], period: number): number[] => {
  const out: number[] = [];
  for (let e = period - 1; e < values.length; e++) {
    let s = 0;
    for (let k = e - period + 1; k <= e; k++) s += values[k] as number;
    out.push(s / period);
  }
  return out;
};

describe('sma', () => {
  it('averages each window; out[i] ↔ input i + period − 1', () => {
    expect(Array.from(sma([1, 2, 3, 4, 5], 3))).toEqual([2, 3, 4]);
    expect(Array.from(sma([1, 2], 3))).toEqual([]);
    expect(Array.from(sma([7], 1))).toEqual([7]);
  });

  it('equals a naive recomputation (1e-9)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (values, period) => {
          const fast = sma(values, period);
          const slow = naiveSma(values, period);
          expect(fast.length).toBe(slow.length);
          for (const [i, x] of slow.entries()) expect(Math.abs((fast[i] as number) - x)).toBeLessThanOrEqual(1e-9);
        },
      ),
    );
  });

  it('stays exact across the drift resync (long series)', () => {
    const values = randomWalk(20_000, 7, 1000);
    const fast = sma(values, 50);
    const slow = naiveSma(values, 50);
    let worst = 0;
    slow.forEach((x, i) => {
      worst = Math.max(worst, Math.abs((fast[i] as number) - x));
    });
    expect(worst).toBeLessThan(1e-9);
  });

  it('rejects bad input', () => {
    expectCode(() => sma([1, Number.NaN, 3], 2), 'NON_FINITE');
    expectCode(() => sma([Number.NaN, 1, 3], 2), 'NON_FINITE');
    expectCode(() => sma([1, 2, 3], 0), 'BAD_OPTION');
    expectCode(() => sma([1, Number.NaN], 3), 'NON_FINITE');
    expectCode(() => sma([1e308, 1e308, 1], 2), 'NON_FINITE'); // overflow of finite inputs
    for (const at of [4095, 4096, 9000, 9999]) {
      const long = randomWalk(10_000, 5);
      long[at] = at % 2 ? Number.POSITIVE_INFINITY : Number.NaN;
      expectCode(() => sma(long, 50), 'NON_FINITE');
    }
  });
});
