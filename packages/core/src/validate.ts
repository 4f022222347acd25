/**
 * Bar validation: the single gate every Bar[] passes before a metric reads it.
 * Order of checks per bar: date format → close → adjClose → date order, so the first problem found
 * (lowest index) is the one reported.
 */
import { isIsoDate } from './dates.ts';
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
  if (!Array.isArray(bars)) throw new CoreError('BAD_OPTION', `${name}: bars must be an array`, { series: name });
  if (bars.length === 0) throw new CoreError('EMPTY_SERIES', `${name}: no bars`, { series: name });
  let prev = '';
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i] as Bar;
    const date = bar?.date;
    if (!isIsoDate(date)) {
      throw new CoreError('BAD_DATE', `${name}: bar ${i} has date ${JSON.stringify(date)}, expected YYYY-MM-DD`, {
        series: name,
        index: i,
      });
    }
    checkPrice(bar.close, 'close', name, i, date);
    if (bar.adjClose !== undefined && bar.adjClose !== null) checkPrice(bar.adjClose, 'adjClose', name, i, date);
    if (i > 0 && date <= prev) {
      const code = date === prev ? 'DUPLICATE_DATE' : 'UNSORTED_DATES';
      throw new CoreError(code, `${name}: bar ${i} (${date}) does not come after ${prev}`, {
        series: name,
        index: i,
        date,
      });
    }
    prev = date;
  }
}

/** Validates an optional as-of date. */
export function checkAsOf(asOf: unknown): asserts asOf is string | undefined {
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw new CoreError('BAD_DATE', `asOf ${JSON.stringify(asOf)} is not a YYYY-MM-DD date`);
  }
}
