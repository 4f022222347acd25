import { isIsoDate } from '@rotation-lens/core';

/**
 * A daily bar's date from a cell: `YYYY-MM-DD`, or a midnight timestamp as pandas / yfinance write daily indexes
 * (`2024-01-02 00:00:00`, `2024-01-02 00:00:00-05:00`, `2024-01-02T00:00:00Z`) → its date part. Any other time of
 * day (an intraday bar) is returned unchanged, so the caller rejects it as not a date.
 */
export function dailyDateOf(cell: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(cell);
  return m ? m[1]! : cell;
}

/** True for a real calendar date written exactly `YYYY-MM-DD` (rejects 2024-02-30, 2024-1-5, times): core's one rule. */
export const isCalendarDate = (s: string): boolean => isIsoDate(s);
