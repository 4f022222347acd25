import { addDays, nthWeekday, weekdayOf, ymd } from './day-math.ts';
import { isTradingDay } from './sessions.ts';

/**
 * NYSE 1 pm early closes, as applied since 1993 (earlier years used other hours and are not modelled):
 * - the day after Thanksgiving (always a Friday);
 * - Christmas Eve when it falls Monday–Thursday (a Friday Dec 24 is the observed Christmas holiday);
 * - the day before Independence Day: July 3 on a Monday, Tuesday or Thursday (since 1995); on a Wednesday
 *   only since 2013; before 2013 a Friday July 5 closed early instead (1996, 2002).
 * When Independence Day is on a weekend (observed Friday July 3 or Monday July 5) there is no early close.
 */
export function isEarlyClose(date: string): boolean {
  if (!isTradingDay(date)) return false;
  const year = Number(date.slice(0, 4));
  if (year < 1993) return false;

  if (date === addDays(nthWeekday(year, 11, 4, 4), 1)) return true;

  const w = weekdayOf(date);
  if (date === ymd(year, 12, 24)) return w >= 1 && w <= 4;

  if (date === ymd(year, 7, 3)) {
    if (w === 1 || w === 2 || w === 4) return year >= 1995;
    if (w === 3) return year >= 2013;
    return false;
  }
  if (date === ymd(year, 7, 5)) return w === 5 && year >= 1996 && year < 2013;
  return false;
}

/** Closing hour (New York wall clock) of a session: 13 on early-close days, 16 otherwise. */
export function closingHour(date: string): 13 | 16 {
  return isEarlyClose(date) ? 13 : 16;
}
