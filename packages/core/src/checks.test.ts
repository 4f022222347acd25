import { describe, expect, it } from 'vitest';
import { expectCode } from '../test/fixtures.ts';
import { checkFinite, checkInteger, checkPrices, checkSameLength } from './checks.ts';

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
