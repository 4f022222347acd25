import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../test/fixtures.ts';
import { checkFinite, checkInteger, checkPrices, checkSameLength } from './checks.ts';
import type { CoreError } from './errors.ts';

describe('argument guards', () => {
  it('accept good values', () => {
    expect(() => checkInteger('w', 3, 2)).not.toThrow();
    expect(() => checkFinite(Float64Array.from([-1, 0, 2]))).not.toThrow();
    expect(() => checkPrices([0.5, 2])).not.toThrow();
    expect(() => checkSameLength('x', [1], [2])).not.toThrow();
  });

  it('throw the precise code', () => {
    expectCode(() => checkInteger('w', 1, 2), 'BAD_OPTION');
    expectCode(() => checkInteger('w', 2.5, 2), 'BAD_OPTION');
    expectCode(() => checkInteger('w', '3', 2), 'BAD_OPTION');
    expectCode(() => checkFinite([1, Number.NaN]), 'NON_FINITE');
    expectCode(() => checkFinite(['1' as unknown as number]), 'NON_FINITE');
    expectCode(() => checkFinite(Float64Array.from([1, Number.NEGATIVE_INFINITY])), 'NON_FINITE');
    expectCode(() => checkPrices([]), 'EMPTY_SERIES');
    expectCode(() => checkPrices([1, 0]), 'NON_POSITIVE_PRICE');
    expectCode(() => checkSameLength('x', [1], []), 'BAD_OPTION');
  });
});

describe('checkPrices on typed arrays (one-pass fast path)', () => {
  /** The rule without the fast path: every value finite first, then every value > 0. */
  const twoPass = (xs: number[]): string => {
    const bad = xs.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) return `NON_FINITE ${bad}`;
    const low = xs.findIndex((x) => x <= 0);
    return low >= 0 ? `NON_POSITIVE_PRICE ${low}` : 'ok';
  };
  const outcome = (f: () => void): string => {
    try {
      f();
      return 'ok';
    } catch (e) {
      return `${(e as CoreError).code} ${(e as CoreError).detail.index}`;
    }
  };

  it('throws the same code at the same index as the two-pass rule', () => {
    const value = fc.oneof(
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.constantFrom(0, -0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324, 1.7e308),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), (xs) => {
        expect(outcome(() => checkPrices(Float64Array.from(xs)))).toBe(twoPass(xs));
      }),
    );
  });
});
