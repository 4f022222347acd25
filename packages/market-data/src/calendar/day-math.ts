import { dateKey } from '@rotation-lens/core';
import { CalendarError } from './calendar-error.ts';

/**
 * Pure arithmetic on calendar dates written 'YYYY-MM-DD'. A date is mapped to its day number
 * (days since 1970-01-01) by integer arithmetic, and back through a UTC Date, so no local time zone is
 * ever involved. Whether a string is a real date is core's rule (`dateKey`, `isIsoDate`), not this file's.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday … 6 = Saturday

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): plain integer
 * arithmetic, exact for every year 0000–9999 (Date.UTC would read years 0–99 as 1900–1999).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Parses a 'YYYY-MM-DD' string into a day number; throws CalendarError if it is not a real date (core's `dateKey`). */
export function toDayNumber(date: string): number {
  const key = dateKey(date);
  if (key < 0) throw new CalendarError(ISO_DATE.test(date) ? `no such date: ${date}` : `not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return daysFromCivil(Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100);
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
