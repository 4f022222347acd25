import { CalendarError } from './calendar-error.ts';
import { toDayNumber } from './day-math.ts';

/**
 * Wall-clock conversions for America/New_York through Intl (no time-zone library, never the host zone).
 * Invariant: the result depends only on the instant given, not on process.env.TZ or the user's locale.
 */

export const EXCHANGE_TIME_ZONE = 'America/New_York';

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: EXCHANGE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  date: string;
  /** Milliseconds since that date's midnight on the wall clock. */
  msOfDay: number;
}

function wallClock(instant: Date): WallClock {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new CalendarError('invalid Date');
  const parts: Record<string, string> = {};
  for (const p of formatter.formatToParts(instant)) parts[p.type] = p.value;
  const msOfDay = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + (ms % 1000 + 1000) % 1000;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, msOfDay };
}

/** The New York calendar date of an instant, 'YYYY-MM-DD'. */
export function newYorkDate(instant: Date): string {
  return wallClock(instant).date;
}

/** Offset (ms) of New York wall time from UTC at an instant: −5 h in winter, −4 h in summer. */
function offsetAt(instant: number): number {
  const w = wallClock(new Date(instant));
  const wallAsUtc = toDayNumber(w.date) * 86_400_000 + w.msOfDay;
  return wallAsUtc - instant;
}

/**
 * The UTC instant at which New York's wall clock shows `hour:minute` on `date`.
 * Two passes settle the offset; exchange hours never fall in the 02:00 DST gap or overlap.
 */
export function newYorkWallTimeToInstant(date: string, hour: number, minute = 0): Date {
  const wallAsUtc = toDayNumber(date) * 86_400_000 + (hour * 60 + minute) * 60_000;
  let guess = wallAsUtc - offsetAt(wallAsUtc);
  guess = wallAsUtc - offsetAt(guess);
  return new Date(guess);
}
