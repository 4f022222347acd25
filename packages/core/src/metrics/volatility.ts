/**
 * Annualised volatility: sample standard deviation (n − 1) of the last `window` daily returns
 * (default 252) × √252. Null when fewer than `window` returns exist. Overflow → CoreError NON_FINITE.
 */
import { checkResult } from '../checks.ts';
import { tailMoments } from './window-stats.ts';

export const SESSIONS_PER_YEAR = 252;

export function volatility(returns: ArrayLike<number>, window = 252): number | null {
  const m = tailMoments(returns, returns, window);
  if (m === null) return null;
  return checkResult(Math.sqrt(m.m2a / (window - 1)) * Math.sqrt(SESSIONS_PER_YEAR), 'volatility');
}
