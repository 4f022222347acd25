import { isIsoDate } from '@rotation-lens/core';
import * as v from 'valibot';
import type { ProviderId } from '../types.ts';
import type { CachedBars } from './bar-cache.ts';

/**
 * Validation of what comes back out of storage: a cache written by an older version, a half-written file
 * or a user-edited JSON must never reach the metrics. Invalid → the entry is treated as absent.
 */
const PROVIDER_IDS: readonly ProviderId[] = ['yahoo', 'stooq', 'alphavantage', 'tiingo', 'twelvedata', 'csv', 'sample'];

const isPositive = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;
const isOptionalPositive = (x: unknown) => x === undefined || isPositive(x);
const BAR_KEYS = new Set(['date', 'open', 'high', 'low', 'close', 'adjClose', 'volume']);

/**
 * One stored bar: real date, finite positive prices, finite volume ≥ 0, no other keys. A plain loop
 * rather than a valibot object per bar: 10 years of bars validate in well under a millisecond.
 */
export function isValidBar(b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return false;
  const bar = b as Record<string, unknown>;
  for (const k in bar) if (!BAR_KEYS.has(k)) return false;
  return (
    typeof bar.date === 'string' &&
    isIsoDate(bar.date) &&
    isPositive(bar.close) &&
    isOptionalPositive(bar.open) &&
    isOptionalPositive(bar.high) &&
    isOptionalPositive(bar.low) &&
    isOptionalPositive(bar.adjClose) &&
    (bar.volume === undefined || (typeof bar.volume === 'number' && Number.isFinite(bar.volume) && bar.volume >= 0))
  );
}

function isAscendingBars(bars: unknown[]): boolean {
  let previous = '';
  for (const b of bars) {
    if (!isValidBar(b)) return false;
    const date = (b as { date: string }).date;
    if (date <= previous) return false;
    previous = date;
  }
  return true;
}

export const CachedBarsSchema = v.object({
  symbol: v.pipe(v.string(), v.minLength(1)),
  provider: v.picklist(PROVIDER_IDS),
  bars: v.pipe(v.array(v.unknown()), v.check(isAscendingBars, 'bars must be valid and strictly ascending by date')),
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
