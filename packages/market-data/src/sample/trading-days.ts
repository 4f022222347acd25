/**
 * Minimal NYSE trading-day rule for the simulator: weekdays minus the regular full-day holidays
 * (with weekend observance) and a few one-off closures. The full calendar lives in src/calendar/;
 * this copy keeps the simulator free of that dependency and is good enough for simulated history.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) for a 'YYYY-MM-DD' date. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Weekday (0 = Sunday) of a date. */
const weekday = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** n-th (1-based) given weekday of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, wd: number, n: number): string {
  if (n > 0) {
    const first = weekday(y, m, 1);
    return iso(y, m, 1 + ((wd - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = weekday(y, m, lastDay);
  return iso(y, m, lastDay - ((last - wd + 7) % 7));
}

/** Fixed-date holiday observed on Friday when it falls on Saturday, Monday when on Sunday. */
function observed(y: number, m: number, d: number): string | null {
  const wd = weekday(y, m, d);
  if (wd === 6) {
    // NYSE does not close on Friday Dec 31 for a Saturday New Year's Day.
    if (m === 1 && d === 1) return null;
    return isoFromDayNumber(dayNumber(iso(y, m, d)) - 1);
  }
  if (wd === 0) return isoFromDayNumber(dayNumber(iso(y, m, d)) + 1);
  return iso(y, m, d);
}

/** Good Friday: two days before Western Easter (anonymous Gregorian computus). */
function goodFriday(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoFromDayNumber(dayNumber(iso(y, month, day)) - 2);
}

/** One-off full-day closures since 2000 (national mourning, 9/11, Hurricane Sandy). */
const SPECIAL_CLOSURES = new Set([
  '2001-09-11',
  '2001-09-12',
  '2001-09-13',
  '2001-09-14',
  '2004-06-11',
  '2007-01-02',
  '2012-10-29',
  '2012-10-30',
  '2018-12-05',
  '2025-01-09',
]);

const holidayCache = new Map<number, Set<string>>();

export function nyseHolidays(y: number): Set<string> {
  const cached = holidayCache.get(y);
  if (cached) return cached;
  const days = [
    observed(y, 1, 1),
    y >= 1998 ? nthWeekday(y, 1, 1, 3) : null,
    nthWeekday(y, 2, 1, 3),
    goodFriday(y),
    nthWeekday(y, 5, 1, -1),
    y >= 2022 ? observed(y, 6, 19) : null,
    observed(y, 7, 4),
    nthWeekday(y, 9, 1, 1),
    nthWeekday(y, 11, 4, 4),
    observed(y, 12, 25),
  ];
  const set = new Set(days.filter((d): d is string => d !== null));
  holidayCache.set(y, set);
  return set;
}

/** True when NYSE holds a regular session on that date (early closes count as sessions). */
export function isSampleTradingDay(isoDate: string): boolean {
  const wd = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  if (wd === 0 || wd === 6) return false;
  if (SPECIAL_CLOSURES.has(isoDate)) return false;
  return !nyseHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

/** Trading days in [from, to], ascending. */
export function tradingDaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const last = dayNumber(to);
  for (let day = dayNumber(from); day <= last; day++) {
    const d = isoFromDayNumber(day);
    if (isSampleTradingDay(d)) out.push(d);
  }
  return out;
}
