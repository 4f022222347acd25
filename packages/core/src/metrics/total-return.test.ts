import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { totalReturn } from './total-return.ts';

describe('totalReturn', () => {
  it('last / first − 1', () => {
    expect(totalReturn([50, 70, 75])).toBe(0.5);
    expect(totalReturn([50])).toBe(0);
  });
  it('typed errors', () => {
    expectCode(() => totalReturn([]), 'EMPTY_SERIES');
    expectCode(() => totalReturn([1, Number.NaN]), 'NON_FINITE');
  });
});
