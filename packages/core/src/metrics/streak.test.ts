import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode, weekdays } from '../../test/fixtures.ts';
import type { AlignedPair } from '../types.ts';
import { streak } from './streak.ts';

/** A pair whose session signs are `signs` (+1 small up 1%, −1 small down 1%, 0 both flat; large flat). */
function pairFromSigns(signs: (-1 | 0 | 1)[]): AlignedPair {
  const n = signs.length + 1;
  const small = new Float64Array(n);
  const large = new Float64Array(n).fill(100);
  small[0] = 100;
  signs.forEach((s, i) => {
    small[i + 1] = (small[i] as number) * (1 + 0.01 * s);
  });
  return { dates: weekdays('2019-01-01', n), small, large, price: 'close' };
}

/** Brute force: list every maximal run, then read the answer off the list. */
function bruteStreak(signs: (-1 | 0 | 1)[], dates: string[]) {
  const runs: { dir: number; start: number; end: number }[] = [];
  signs.forEach((s, i) => {
    const last = runs[runs.length - 1];
    if (s !== 0 && last && last.dir === s && last.end === i - 1) last.end = i;
    else if (s !== 0) runs.push({ dir: s, start: i, end: i });
  });
  const current = runs[runs.length - 1];
  if (!current || current.end !== signs.length - 1) return { sessions: 0, longestSince: null, startedOn: null };
  const len = current.end - current.start + 1;
  const earlier = runs.slice(0, -1).filter((r) => r.dir === current.dir && r.end - r.start + 1 >= len);
  const since = earlier[earlier.length - 1];
  return {
    sessions: current.dir * len,
    // Session index i is the return from price i to i + 1, dated dates[i + 1].
    longestSince: since ? (dates[since.end + 1] as string) : null,
    startedOn: dates[current.start + 1] as string,
  };
}

describe('streak', () => {
  it('counts the current run and finds the end of the last run as long', () => {
    // runs: +3 (ends session 3), −1, +2, 0, +3 (current)
    const signs: (-1 | 0 | 1)[] = [1, 1, 1, -1, 1, 1, 0, 1, 1, 1];
    const pair = pairFromSigns(signs);
    expect(streak(pair)).toEqual({ sessions: 3, longestSince: pair.dates[3], startedOn: pair.dates[8] });
  });

  it('is 0 after a tie and negative for underperformance', () => {
    expect(streak(pairFromSigns([1, 1, 0]))).toEqual({ sessions: 0, longestSince: null, startedOn: null });
    const pair = pairFromSigns([-1, -1, 1, -1]);
    expect(streak(pair)).toEqual({ sessions: -1, longestSince: pair.dates[2], startedOn: pair.dates[4] });
  });

  it('has longestSince null when the run is the longest in the series, and handles one point', () => {
    const pair = pairFromSigns([1, -1, 1, 1]);
    expect(streak(pair).longestSince).toBeNull();
    expect(streak(pairFromSigns([])).sessions).toBe(0);
  });

  it('equals a brute-force count and search', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<-1 | 0 | 1>(-1, 0, 1, 1, -1), { maxLength: 120 }), (signs) => {
        const pair = pairFromSigns(signs);
        expect(streak(pair)).toEqual(bruteStreak(signs, pair.dates));
      }),
    );
  });

  it('rejects mismatched or bad arrays', () => {
    const pair = pairFromSigns([1, 1]);
    expectCode(() => streak({ ...pair, dates: pair.dates.slice(1) }), 'BAD_OPTION');
    expectCode(() => streak({ ...pair, small: new Float64Array([1, Number.NaN, 2]) }), 'NON_FINITE');
    expectCode(() => streak({ ...pair, large: new Float64Array([1, 0, 2]) }), 'NON_POSITIVE_PRICE');
  });
});
