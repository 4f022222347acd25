import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import type { WindowValues } from '../types.ts';
import { priceRatio, ratioChange, returnSpread } from './relative-strength.ts';

const w = (x: number | null, ytd: number | null = x): WindowValues => ({
  '1W': x,
  '1M': x,
  '3M': x,
  '6M': x,
  YTD: ytd,
  '1Y': x,
});

describe('relative strength', () => {
  it('ratio change and spread per window, null-propagating', () => {
    // small +10%, large +5%: ratio change 1.10/1.05 − 1 = 4.7619%, spread 5 pp.
    const change = ratioChange(w(0.1, null), w(0.05));
    expect(change['3M']).toBeCloseTo(0.047619047619, 11);
    expect(change.YTD).toBeNull();
    expect(returnSpread(w(0.1), w(0.05))['1Y']).toBeCloseTo(0.05, 15);
    expect(returnSpread(w(0.1), w(null))['1W']).toBeNull();
  });

  it('price ratio from an offset', () => {
    expect(Array.from(priceRatio([2, 4, 9], [1, 2, 3]))).toEqual([2, 2, 3]);
    expect(Array.from(priceRatio([2, 4, 9], [1, 2, 3], 2))).toEqual([3]);
    expectCode(() => priceRatio([1, 2], [1]), 'BAD_OPTION');
    expectCode(() => priceRatio([1, 2], [1, 0]), 'NON_POSITIVE_PRICE');
  });
});
