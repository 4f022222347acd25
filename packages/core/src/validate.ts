/**
 * Bar validation: the single gate every Bar[] passes before a metric reads it.
 * Order of checks per bar: date format → close → adjClose → date order, so the first problem found
 * (lowest index) is the one reported.
 */
import { dateKey, isIsoDate } from './dates.ts';
import { CoreError } from './errors.ts';
import type { Bar } from './types.ts';

function checkPrice(value: unknown, field: string, name: string, index: number, date: string): void {
  if (typeof value !== 'number' || value - value !== 0) {
    throw new CoreError('NON_FINITE', `${name}: ${field} on ${date} is not a finite number`, {
      series: name,
      index,
      date,
    });
  }
  if (value <= 0) {
    throw new CoreError('NON_POSITIVE_PRICE', `${name}: ${field} on ${date} is ${value} (must be > 0)`, {
      series: name,
      index,
      date,
    });
  }
}

/**
 * Throws CoreError unless `bars` is a non-empty array of bars with valid 'YYYY-MM-DD' dates, strictly
 * ascending (no duplicates), finite positive `close`, and finite positive `adjClose` when present
 * (`undefined` / `null` = absent). A single bar is valid here; metrics decide how much history they need.
 */
export function validateBars(bars: Bar[], name: string): void {
  validatedDateKeys(bars, name);
}

/**
 * validateBars, returning every bar's `dateKey` (strictly ascending): alignment merges on these integers
 * instead of comparing date strings again.
 */
export function validatedDateKeys(bars: Bar[], name: string): Int32Array {
  if (!Array.isArray(bars)) throw new CoreError('BAD_OPTION', `${name}: bars must be an array`, { series: name });
  if (bars.length === 0) throw new CoreError('EMPTY_SERIES', `${name}: no bars`, { series: name });
  const keys = new Int32Array(bars.length);
  let prev = -1;
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i] as Bar;
    const date = bar?.date;
    const key = dateKey(date);
    if (key < 0) {
      throw new CoreError('BAD_DATE', `${name}: bar ${i} has date ${JSON.stringify(date)}, expected YYYY-MM-DD`, {
        series: name,
        index: i,
      });
    }
    checkPrice(bar.close, 'close', name, i, date);
    if (bar.adjClose !== undefined && bar.adjClose !== null) checkPrice(bar.adjClose, 'adjClose', name, i, date);
    // Keys order exactly as the date strings do, so this is `date <= previous date`.
    if (key <= prev) {
      const previous = (bars[i - 1] as Bar).date;
      const code = key === prev ? 'DUPLICATE_DATE' : 'UNSORTED_DATES';
      throw new CoreError(code, `${name}: bar ${i} (${date}) does not come after ${previous}`, {
        series: name,
        index: i,
        date,
      });
    }
    keys[i] = key;
    prev = key;
  }
  return keys;
}

/** Validates an optional as-of date. */
export function checkAsOf(asOf: unknown): asserts asOf is string | undefined {
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw new CoreError('BAD_DATE', `asOf ${JSON.stringify(asOf)} is not a YYYY-MM-DD date`);
  }
}
