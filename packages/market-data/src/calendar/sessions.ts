import { fromDayNumber, toDayNumber } from './day-math.ts';
import { holidaysOf } from './holidays.ts';

/**
 * NYSE sessions as calendar dates 'YYYY-MM-DD'. A session is a weekday that is not a full-day closure.
 * Every function validates its input and throws CalendarError on a malformed date.
 * Internally days are numbers (days since 1970-01-01) and closures a per-year Set, so scanning decades
 * costs well under a microsecond per day.
 */

const MS_PER_DAY = 86_400_000;
const closedByYear = new Map<number, Set<number>>();

function closedDaysOf(year: number): Set<number> {
  let set = closedByYear.get(year);
  if (!set) {
    set = new Set(holidaysOf(year).map((h) => toDayNumber(h.date)));
    closedByYear.set(year, set);
  }
  return set;
}

function isSessionDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // day 0 was a Thursday
  if (weekday === 0 || weekday === 6) return false;
  return !closedDaysOf(new Date(day * MS_PER_DAY).getUTCFullYear()).has(day);
}

export function isTradingDay(date: string): boolean {
  return isSessionDay(toDayNumber(date));
}

/** The last session strictly before `date` (which need not itself be a session). */
export function previousSession(date: string): string {
  let day = toDayNumber(date) - 1;
  while (!isSessionDay(day)) day--;
  return fromDayNumber(day);
}

/** The first session strictly after `date` (which need not itself be a session). */
export function nextSession(date: string): string {
  let day = toDayNumber(date) + 1;
  while (!isSessionDay(day)) day++;
  return fromDayNumber(day);
}

/** Every session in [from, to], both inclusive, ascending. Empty when from > to. */
export function tradingDays(from: string, to: string): string[] {
  const end = toDayNumber(to);
  const out: string[] = [];
  for (let day = toDayNumber(from); day <= end; day++) if (isSessionDay(day)) out.push(fromDayNumber(day));
  return out;
}

/**
 * How many sessions lie after `a` up to and including `b`: the number of daily bars a series ending on
 * `a` is missing to reach `b`. Negative (−count of (b, a]) when b is before a; 0 when equal.
 */
export function sessionsBetween(a: string, b: string): number {
  const [da, db] = [toDayNumber(a), toDayNumber(b)];
  const [lo, hi, sign] = da <= db ? [da, db, 1] : [db, da, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isSessionDay(day)) count++;
  return count === 0 ? 0 : sign * count; // never -0
}
