import * as v from 'valibot';
import { isRealIsoDate } from '../calendar/day-math.ts';
import type { ProviderId } from '../types.ts';
import type { CachedBars } from './bar-cache.ts';

/**
 * Validation of what comes back out of storage: a cache written by an older version, a half-written file
 * or a user-edited JSON must never reach the metrics. Invalid → the entry is treated as absent.
 */
const PROVIDER_IDS: readonly ProviderId[] = ['yahoo', 'stooq', 'alphavantage', 'tiingo', 'twelvedata', 'csv', 'sample'];

const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
const optionalPositive = v.optional(positive);

const DailyBarSchema = v.object({
  date: v.pipe(v.string(), v.check(isRealIsoDate, 'not a real YYYY-MM-DD date')),
  open: optionalPositive,
  high: optionalPositive,
  low: optionalPositive,
  close: positive,
  adjClose: optionalPositive,
  volume: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
});

export const CachedBarsSchema = v.object({
  symbol: v.pipe(v.string(), v.minLength(1)),
  provider: v.picklist(PROVIDER_IDS),
  bars: v.array(DailyBarSchema),
  fetchedAt: v.pipe(v.string(), v.isoTimestamp()),
  checkedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  refreshError: v.optional(v.object({ kind: v.string(), message: v.string() })),
  simulated: v.optional(v.boolean()),
  currency: v.optional(v.string()),
  exchangeTimezone: v.optional(v.string()),
});

/** Parses stored JSON text into an entry; null when the text is not a valid entry. */
export function parseCachedBars(text: string): CachedBars | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const result = v.safeParse(CachedBarsSchema, raw);
  return result.success ? (result.output as CachedBars) : null;
}
