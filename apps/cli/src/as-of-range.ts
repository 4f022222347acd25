import { holidayOn, isTradingDay, previousSession } from '@rotation-lens/market-data';
import { earliestDate, latestDate } from './date-order.ts';
import { CliError } from './errors.ts';
import type { LoadedSeries } from './io/series-source.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The NYSE session on or before `date` (the date itself when it is one); null if the calendar cannot tell. */
function sessionOnOrBefore(date: string): string | null {
  try {
    return isTradingDay(date) ? date : previousSession(date);
  } catch {
    return null;
  }
}

/**
 * Checks --as-of against the data before core runs, so the message names both ends of the range (exit 1):
 * - before the first common date: outside the data;
 * - after the last date: fine only when no NYSE session lies between the data's end and --as-of (data to
 *   Friday, --as-of Saturday), since "the last session on or before it" is then in the data; otherwise the
 *   data lacks that session and a report would silently show an older day.
 * A date inside the range that is not a session (weekend, holiday) is fine: core uses the session before it.
 */
export function checkAsOf(asOf: string | undefined, ...series: LoadedSeries[]): void {
  if (asOf === undefined) return;
  const first = latestDate(series.map((s) => s.bars[0]!.date));
  const last = earliestDate(series.map((s) => s.bars.at(-1)!.date));
  const names = series.map((s) => s.symbol).join(' and ');
  const session = asOf > last ? sessionOnOrBefore(asOf) : asOf;
  if (asOf < first || session === null || session > last) {
    throw new CliError(`--as-of ${asOf} is outside the data: ${names} have prices from ${first} to ${last}`);
  }
}

/**
 * Why the report's date differs from the --as-of asked for, as a short parenthesis for the header:
 * "2024-09-07 is a Saturday", "2024-07-04 is Independence Day, market closed", or, for a session the data
 * does not have in common, "no common prices on 2024-05-14". Null when they are the same day.
 */
export function asOfNote(requested: string | undefined, used: string): string | null {
  if (requested === undefined || requested === used) return null;
  const weekday = new Date(`${requested}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return `${requested} is a ${WEEKDAYS[weekday]}`;
  let holiday: string | undefined;
  try {
    holiday = holidayOn(requested)?.name;
  } catch {
    holiday = undefined;
  }
  return holiday ? `${requested} is ${holiday}, market closed` : `no common prices on ${requested}`;
}
