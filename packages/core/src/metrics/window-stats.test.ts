import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { tailMoments, windowMoments } from './window-stats.ts';

describe('window moments', () => {
  it('centred sums of a window', () => {
    expect(windowMoments([1, 2, 3, 9], [2, 4, 6, 0], 0, 3)).toEqual({ meanA: 2, meanB: 4, m2a: 2, m2b: 8, cab: 4 });
  });

  it('tail window, null when short, typed errors', () => {
    expect(tailMoments([9, 1, 2, 3], [0, 2, 4, 6], 3)?.cab).toBe(4);
    expect(tailMoments([1, 2], [1, 2], 3)).toBeNull();
    expectCode(() => tailMoments([1, 2, Number.NaN], [1, 2, 3], 3), 'NON_FINITE');
    expectCode(() => tailMoments([1, 2, 3], [1, 2], 2), 'BAD_OPTION');
    expectCode(() => tailMoments([1, 2, 3], [1, 2, 3], 1), 'BAD_OPTION');
  });
});
