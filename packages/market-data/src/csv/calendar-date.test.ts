import { describe, expect, it } from 'vitest';
import { dailyDateOf, isCalendarDate } from './calendar-date.ts';

describe('isCalendarDate', () => {
  it('accepts real dates, including 29 Feb of a leap year', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('1990-01-02')).toBe(true);
    expect(isCalendarDate('0050-03-01')).toBe(true); // years 0–99 are not shifted to 19xx
    expect(isCalendarDate('0001-01-01')).toBe(true);
  });
  it.each(['2023-02-29', '2024-13-01', '2024-1-05', '2024-01-05T00:00:00Z', '', 'null', '20240105'])('rejects %j', (s) => {
    expect(isCalendarDate(s)).toBe(false);
  });
});

describe('dailyDateOf', () => {
  it.each([
    ['2024-01-02', '2024-01-02'],
    ['2024-01-02 00:00:00', '2024-01-02'],
    ['2024-01-02 00:00:00-05:00', '2024-01-02'],
    ['2024-01-02T00:00:00Z', '2024-01-02'],
    ['2024-01-02T00:00:00.000+0100', '2024-01-02'],
  ])('%j → %j', (cell, date) => {
    expect(dailyDateOf(cell)).toBe(date);
  });
  it.each(['2024-01-02 09:30:00-05:00', '2024-01-02T15:59:00Z', '02/01/2024'])('keeps %j (not a daily date) for the caller to reject', (cell) => {
    expect(dailyDateOf(cell)).toBe(cell);
  });
});
