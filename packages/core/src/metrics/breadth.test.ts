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
    expect(breadth(universe)).toEqual({
      share: 1 / 3,
      advancing: 1,
      counted: 3,
      date: '2020-01-03',
      skipped: ['STALE', 'ONE'],
      above50: { share: null, count: 0, counted: 0 },
      at52wHigh: { share: null, count: 0, counted: 0 },
    });
  });

  it('shares above the 50-day average and at a 52-week high, each over the members long enough for it', () => {
    const rising = Array.from({ length: 260 }, (_, i) => 100 + i);
    const universe = [
      { symbol: 'HIGH', bars: barsOf(rising) }, // above its average, at its 52-week high
      { symbol: 'JUMP', bars: barsOf([...rising.slice(0, 259), 400]) }, // a record: both
      { symbol: 'SAG', bars: barsOf([...rising.slice(0, 259), 100]) }, // below both
      { symbol: 'YOUNG', bars: barsOf(rising).slice(200) }, // 60 sessions: the average only
    ];
    const b = breadth(universe);
    expect(b?.counted).toBe(4);
    expect(b?.above50).toEqual({ share: 3 / 4, count: 3, counted: 4 });
    expect(b?.at52wHigh).toEqual({ share: 2 / 3, count: 2, counted: 3 });
  });

  it('asOf moves the session; null when nobody counts; typed errors', () => {
    const universe = [{ symbol: 'A', bars: barsOf([10, 11, 9]) }];
    expect(breadth(universe, { asOf: '2020-01-02' })?.share).toBe(1);
    expect(breadth([{ symbol: 'A', bars: barsOf([10]) }])).toBeNull();
    expectCode(() => breadth([{ symbol: 'A', bars: barsOf([10, Number.NaN]) }]), 'NON_FINITE');
  });
});
