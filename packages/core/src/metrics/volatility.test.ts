import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { volatility } from './volatility.ts';

describe('volatility', () => {
  it('sample stdev × √252 over the window', () => {
    // 0.01, −0.01 alternating (4 values): mean 0, sample var = 4·1e-4/3
    expect(volatility([0.5, 0.01, -0.01, 0.01, -0.01], 4)).toBeCloseTo(Math.sqrt((4e-4 / 3) * 252), 14);
    expect(volatility([0.02, 0.02, 0.02], 3)).toBe(0);
  });

  it('null when short; typed errors', () => {
    expect(volatility([0.1], 252)).toBeNull();
    expectCode(() => volatility([0.1, Number.POSITIVE_INFINITY], 2), 'NON_FINITE');
    expectCode(() => volatility([0.1, 0.2], 1), 'BAD_OPTION');
  });
});
