import { CalendarError } from './calendar-error.ts';
import { closingHour } from './early-close.ts';
import { newYorkDate, newYorkWallTimeToInstant } from './new-york-time.ts';
import { isTradingDay, previousSession } from './sessions.ts';

/** UTC instant of the session's close (16:00 or 13:00 New York time, DST-correct). */
export function sessionClose(date: string): Date {
  if (!isTradingDay(date)) throw new CalendarError(`${date} is not an NYSE session`);
  return newYorkWallTimeToInstant(date, closingHour(date));
}

/**
 * The most recent session whose close has passed in New York at `now`. Independent of the user's time
 * zone: a user in Tokyo on Tuesday morning local time still gets Monday's session until Monday's close.
 */
export function lastCompletedSession(now: Date): string {
  const today = newYorkDate(now);
  if (isTradingDay(today) && now.getTime() >= sessionClose(today).getTime()) return today;
  return previousSession(today);
}

/** True when the daily bar of `date` can no longer change: it is a session and its close has passed. */
export function isBarFinal(date: string, now: Date): boolean {
  return isTradingDay(date) && now.getTime() >= sessionClose(date).getTime();
}
