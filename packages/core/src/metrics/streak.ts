/**
 * Outperformance streak of small vs large.
 * Session i (i ≥ 1) is a win (+1) when small's daily return beats large's, a loss (−1) when it trails,
 * a tie (0) when they are exactly equal. `sessions` = ± the length of the run of equal non-zero signs
 * ending at the last session (0 when the last session is a tie: a tie ends a run).
 * `longestSince` = the LAST date of the most recent earlier same-direction run whose length was
 * ≥ |sessions| — what a reader means by "7 sessions, the longest since 2019-01-18": no run this long
 * happened after that date. Null when no earlier run was that long (or sessions = 0).
 * `startedOn` = the first session of the current run. O(n), scanning backwards and stopping early.
 */
import { checkPrices, checkSameLength } from '../checks.ts';
import type { AlignedPair, StreakResult } from '../types.ts';

/** +1 / −1 / 0: did small's return beat large's on session i (i ≥ 1)? */
export function sessionSign(small: ArrayLike<number>, large: ArrayLike<number>, i: number): -1 | 0 | 1 {
  const rs = (small[i] as number) / (small[i - 1] as number) - 1;
  const rl = (large[i] as number) / (large[i - 1] as number) - 1;
  return rs > rl ? 1 : rs < rl ? -1 : 0;
}

export function streak(aligned: AlignedPair): StreakResult {
  const { dates, small, large } = aligned;
  checkSameLength('streak(small, large)', small, large);
  checkSameLength('streak(small, dates)', small, dates);
  checkPrices(small, 'small');
  checkPrices(large, 'large');
  return streakUnchecked(aligned);
}

/** streak without its checks, for a pair straight from alignSeries (validated, parallel). */
export function streakUnchecked(aligned: AlignedPair): StreakResult {
  const { dates, small, large } = aligned;
  const n = small.length;
  const none: StreakResult = { sessions: 0, longestSince: null, startedOn: null };
  if (n < 2) return none;
  const direction = sessionSign(small, large, n - 1);
  if (direction === 0) return none;

  let i = n - 1;
  let length = 0;
  while (i >= 1 && sessionSign(small, large, i) === direction) {
    length++;
    i--;
  }
  const startedOn = dates[i + 1] as string;

  // Earlier runs, most recent first; stop at the first same-direction run reaching `length`.
  let longestSince: string | null = null;
  let runLength = 0;
  let runEnd = -1;
  for (; i >= 1; i--) {
    if (sessionSign(small, large, i) !== direction) {
      runLength = 0;
      continue;
    }
    if (runLength === 0) runEnd = i;
    if (++runLength >= length) {
      longestSince = dates[runEnd] as string;
      break;
    }
  }
  return { sessions: direction * length, longestSince, startedOn };
}
