import { CalendarError } from './calendar-error.ts';

/**
 * Pure arithmetic on calendar dates written 'YYYY-MM-DD'. A date is mapped to its day number
 * (days since 1970-01-01) through Date.UTC, so no local time zone is ever involved.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday … 6 = Saturday

/** Parses a 'YYYY-MM-DD' string into a day number; throws CalendarError if it is not a real date. */
export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new CalendarError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2024-02-30 over to March: reject instead of silently moving the date.
  if (fromDayNumber(ms / MS_PER_DAY) !== date) throw new CalendarError(`no such date: ${date}`);
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Builds 'YYYY-MM-DD' from a year, a 1-based month and a day of month. */
export function ymd(year: number, month: number, day: number): string {
  return fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function weekdayOf(date: string): Weekday {
  // Day 0 (1970-01-01) was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7 as Weekday;
}

/** The n-th (1-based) given weekday of a month, e.g. nthWeekday(2024, 1, 1, 3) = 3rd Monday of January. */
export function nthWeekday(year: number, month: number, weekday: Weekday, n: number): string {
  const first = ymd(year, month, 1);
  const shift = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

/** The last given weekday of a month, e.g. lastWeekday(2024, 5, 1) = Memorial Day. */
export function lastWeekday(year: number, month: number, weekday: Weekday): string {
  const last = ymd(year, month + 1, 0);
  const shift = (weekdayOf(last) - weekday + 7) % 7;
  return addDays(last, -shift);
}

/** True for a real date written exactly 'YYYY-MM-DD' (valibot's isoDate alone accepts 2024-02-30). */
export function isRealIsoDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}
