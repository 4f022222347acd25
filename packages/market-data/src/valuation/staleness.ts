/**
 * How old a reading is at display time. A P/E discount moves slowly but not that slowly: past 45 days a
 * reading is shown as stale ("as of 2026-01") with a way to refresh it. Age is counted in New York
 * calendar days, so the answer does not depend on the machine's time zone.
 */
import { newYorkDate } from '../calendar/new-york-time.ts';
import { dayNumberOf } from '../schemas/day-number.ts';

export const STALE_AFTER_DAYS = 45;

/** Whole days from the reading's date to today in New York (0 on the day itself). */
export const readingAgeDays = (date: string, now: Date): number => dayNumberOf(newYorkDate(now)) - dayNumberOf(date);

/** True when the reading is more than 45 days old at `now` (45 days old is still current). */
export const isReadingStale = (date: string, now: Date): boolean => readingAgeDays(date, now) > STALE_AFTER_DAYS;
