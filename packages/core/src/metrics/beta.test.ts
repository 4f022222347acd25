import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { beta } from './beta.ts';

describe('beta', () => {
  it('cov/var over the last window', () => {
    // small = 2·large + 0.001 → beta 2
    const large = [0.01, -0.02, 0.015, 0.003, -0.007];
    expect(beta(large.map((x) => 2 * x + 0.001), large, 5)).toBeCloseTo(2, 12);
    // hand: a = 1,2,3 ; b = 1,3,2 → cov 1/2, var(b) 1 → 0.5 (sample or population, same ratio)
    expect(beta([1, 2, 3], [1, 3, 2], 3)).toBeCloseTo(0.5, 15);
  });

  it('null when short or large is flat; typed errors', () => {
    expect(beta([0.1, 0.2], [0.1, 0.2], 3)).toBeNull();
    expect(beta([0.1, 0.2, 0.3], [0.1, 0.1, 0.1], 3)).toBeNull();
    expectCode(() => beta([0.1, Number.NaN, 0.2], [0.1, 0.2, 0.3], 3), 'NON_FINITE');
  });
});
