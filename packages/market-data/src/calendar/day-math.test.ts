import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.ts';
import { addDays, fromDayNumber, toDayNumber, weekdayOf } from './day-math.ts';

const MS_PER_DAY = 86_400_000;
/** The reference: a UTC Date's own day count (valid for years 100–9999). */
const viaDate = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

describe('toDayNumber', () => {
  it('is the UTC day count of every day from 1900 to 2100', () => {
    const first = viaDate('1900-01-01');
    const last = viaDate('2100-12-31');
    for (let day = first; day <= last; day++) {
      const date = fromDayNumber(day);
      if (toDayNumber(date) !== day) expect.fail(`${date}: ${toDayNumber(date)} ≠ ${day}`);
    }
  });

  it('matches the UTC day count on every first, 28th and last of month of years 100–9999', () => {
    for (let year = 100; year <= 9999; year += 7) {
      for (let month = 1; month <= 12; month++) {
        const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (const d of [1, 28, lastDay]) {
          const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (toDayNumber(date) !== viaDate(date)) expect.fail(`${date}: ${toDayNumber(date)} ≠ ${viaDate(date)}`);
        }
      }
    }
  });

  it('reads years 0000–0099 as written, not as 1900–1999 (Date.UTC would)', () => {
    expect(fromDayNumber(toDayNumber('0050-03-01'))).toBe('0050-03-01');
    expect(fromDayNumber(toDayNumber('0000-02-29'))).toBe('0000-02-29');
    expect(toDayNumber('0001-01-01')).toBe(-719_162);
  });

  it('knows leap years: 2024 and 2000 have 29 February, 2023 and 1900 do not', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(() => toDayNumber('2023-02-29')).toThrow('no such date: 2023-02-29');
    expect(() => toDayNumber('1900-02-29')).toThrow('no such date: 1900-02-29');
  });

  it('refuses what is not a real date, saying which way it is wrong', () => {
    for (const bad of ['2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) {
      expect(() => toDayNumber(bad)).toThrow(new CalendarError(`no such date: ${bad}`));
    }
    for (const bad of ['2024-1-05', ' 2024-01-05', '2024-01-05T00:00', '2024/01/05', '', 'yesterday']) {
      expect(() => toDayNumber(bad)).toThrow(new CalendarError(`not a YYYY-MM-DD date: ${JSON.stringify(bad)}`));
    }
  });

  it('puts 1970-01-01 on day 0, a Thursday', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2026-01-13')).toBe(2);
  });
});
