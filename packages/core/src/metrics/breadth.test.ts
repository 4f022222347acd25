import { describe, expect, it } from 'vitest';
import { barsOf, expectCode } from '../../test/fixtures.ts';
import { breadth } from './breadth.ts';

describe('breadth', () => {
  it('share of members up on the latest session; stale and one-bar members skipped', () => {
    const universe = [
      { symbol: 'UP', bars: barsOf([10, 11, 12]) },
      { symbol: 'DOWN', bars: barsOf([10, 11, 10]) },
      { symbol: 'FLAT', bars: barsOf([10, 11, 11]) },
      { symbol: 'STALE', bars: barsOf([10, 11]) },
      { symbol: 'ONE', bars: barsOf([10], '2020-01-03') },
    ];
    expect(breadth(universe)).toEqual({ share: 1 / 3, advancing: 1, counted: 3, date: '2020-01-03', skipped: ['STALE', 'ONE'] });
  });

  it('asOf moves the session; null when nobody counts; typed errors', () => {
    const universe = [{ symbol: 'A', bars: barsOf([10, 11, 9]) }];
    expect(breadth(universe, { asOf: '2020-01-02' })?.share).toBe(1);
    expect(breadth([{ symbol: 'A', bars: barsOf([10]) }])).toBeNull();
    expectCode(() => breadth([{ symbol: 'A', bars: barsOf([10, Number.NaN]) }]), 'NON_FINITE');
  });
});
