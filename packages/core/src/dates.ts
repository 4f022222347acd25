/**
 * Session-date helpers. Dates are 'YYYY-MM-DD' strings: lexical order = chronological order, so the
 * rest of core compares them as strings, or as their integer keys (`dateKey`) where a loop runs over every
 * bar. Parsing is done on char codes (no Date, no regex) because validation runs over every bar of every
 * report.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The date as the integer yyyymmdd when `value` is a real calendar date written exactly 'YYYY-MM-DD',
 * else −1. Keys of valid dates compare exactly as the strings do (fixed width), so validation and the
 * merge join compare integers instead of strings.
 */
export function dateKey(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  // Each `c − 48` is a digit exactly when it is in 0..9; `>>> 0` maps negatives above 9.
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return -1;
  if (m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return -1;
  const max = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= max ? year * 10000 + month * 100 + day : -1;
}

/** True for a real calendar date written exactly 'YYYY-MM-DD' (rejects 2024-02-30, '2024-1-5', ' 2024-01-05'). */
export function isIsoDate(value: unknown): value is string {
  return dateKey(value) >= 0;
}

/** Calendar year of a valid 'YYYY-MM-DD' date. */
export const yearOf = (date: string): number =>
  (date.charCodeAt(0) - 48) * 1000 +
  (date.charCodeAt(1) - 48) * 100 +
  (date.charCodeAt(2) - 48) * 10 +
  (date.charCodeAt(3) - 48);
