/**
 * Context line for small's close at asOf: a record close (above every earlier close), with the record
 * before it — "IWM: first record close since 2021-11-08" — or else a 52-week high (the highest close of
 * the last 252 sessions, `high52w`). Null when neither. A first print is not a record.
 */
import { high52w } from '../metrics/highs.ts';
import type { HighContext } from './types.ts';

export function highContext(prices: ArrayLike<number>, dates: string[]): HighContext | null {
  const n = prices.length;
  if (n < 2) return null;
  const last = prices[n - 1] as number;
  // The previous record is the first session that holds the maximum of everything before asOf.
  let recordAt = 0;
  for (let i = 1; i < n - 1; i++) if ((prices[i] as number) > (prices[recordAt] as number)) recordAt = i;
  if (last > (prices[recordAt] as number)) {
    return { kind: 'record', previousRecord: dates[recordAt] as string, sessionsSince: n - 1 - recordAt };
  }
  return high52w(prices, dates)?.atHigh ? { kind: '52w-high' } : null;
}
