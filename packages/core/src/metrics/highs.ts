/**
 * Highs of one price series at its last point.
 * isRecordHigh: the last close is strictly above every earlier close (false with < 2 points: a first
 * print is not a record).
 * high52w: the highest close of the last 252 sessions (52 weeks, including the last), its date, and
 * whether the last close is that high; null with fewer than 252 points.
 */
import { checkPrices, checkSameLength } from '../checks.ts';

export const SESSIONS_52W = 252;

export function isRecordHigh(prices: ArrayLike<number>): boolean {
  checkPrices(prices);
  const n = prices.length;
  if (n < 2) return false;
  const last = prices[n - 1] as number;
  for (let i = 0; i < n - 1; i++) if ((prices[i] as number) >= last) return false;
  return true;
}

export interface High52w {
  high: number;
  date: string;
  /** The last close equals the 52-week high. */
  atHigh: boolean;
  /** last / high − 1 (≤ 0). */
  fromHigh: number;
}

export function high52w(prices: ArrayLike<number>, dates: string[]): High52w | null {
  checkPrices(prices);
  checkSameLength('high52w(prices, dates)', prices, dates);
  const n = prices.length;
  if (n < SESSIONS_52W) return null;
  let best = n - SESSIONS_52W;
  for (let i = best + 1; i < n; i++) if ((prices[i] as number) >= (prices[best] as number)) best = i;
  const high = prices[best] as number;
  const last = prices[n - 1] as number;
  return { high, date: dates[best] as string, atHigh: best === n - 1, fromHigh: last / high - 1 };
}
