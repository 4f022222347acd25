import { addDays, fromDayNumber, isWeekend, toDayNumber } from './day-math.ts';
import { holidayOn } from './holidays.ts';

/**
 * NYSE sessions as calendar dates 'YYYY-MM-DD'. A session is a weekday that is not a full-day closure.
 * Every function validates its input and throws CalendarError on a malformed date.
 */

export function isTradingDay(date: string): boolean {
  toDayNumber(date); // validates
  return !isWeekend(date) && holidayOn(date) === null;
}

/** The last session strictly before `date` (which need not itself be a session). */
export function previousSession(date: string): string {
  let d = addDays(date, -1);
  while (!isTradingDay(d)) d = addDays(d, -1);
  return d;
}

/** The first session strictly after `date` (which need not itself be a session). */
export function nextSession(date: string): string {
  let d = addDays(date, 1);
  while (!isTradingDay(d)) d = addDays(d, 1);
  return d;
}

/** Every session in [from, to], both inclusive, ascending. Empty when from > to. */
export function tradingDays(from: string, to: string): string[] {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const out: string[] = [];
  for (let day = start; day <= end; day++) {
    const date = fromDayNumber(day);
    if (isTradingDay(date)) out.push(date);
  }
  return out;
}

/**
 * How many sessions lie after `a` up to and including `b`: the number of daily bars a series ending on
 * `a` is missing to reach `b`. Negative (−count of (b, a]) when b is before a; 0 when equal.
 */
export function sessionsBetween(a: string, b: string): number {
  if (a <= b) return tradingDays(addDays(a, 1), b).length;
  return -tradingDays(addDays(b, 1), a).length;
}
