/**
 * Beta of small vs large: cov(r_small, r_large) / var(r_large) over the last `window` daily returns
 * (default 252). Inputs are daily-return arrays (see dailyReturns), parallel. Null when fewer than
 * `window` returns exist or large's returns are constant over the window (variance 0). Overflow (returns near
 * 1e154, or a variance so small the quotient overflows) → CoreError NON_FINITE.
 */
import { checkResult } from '../checks.ts';
import { tailMoments } from './window-stats.ts';

export function beta(smallReturns: ArrayLike<number>, largeReturns: ArrayLike<number>, window = 252): number | null {
  const m = tailMoments(smallReturns, largeReturns, window);
  if (m === null || !(m.m2b > 0)) return null;
  return checkResult(m.cab / m.m2b, 'beta');
}
