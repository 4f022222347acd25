import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.ts';
import { addDays, nthWeekday, weekdayOf } from './day-math.ts';
import { isTradingDay, nextSession, previousSession, sessionsBetween, tradingDays } from './sessions.ts';

describe('day math', () => {
  it('weekdays and month arithmetic', () => {
    expect(weekdayOf('2024-03-11')).toBe(1);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-31')).toBe(3);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(nthWeekday(2024, 1, 1, 3)).toBe('2024-01-15');
  });

  it('malformed or impossible dates throw CalendarError, never NaN', () => {
    expect(() => isTradingDay('2024-02-30')).toThrow(CalendarError);
    expect(() => isTradingDay('2024-2-3')).toThrow(CalendarError);
    expect(() => isTradingDay('')).toThrow(CalendarError);
    expect(() => tradingDays('2024-01-01', 'soon')).toThrow(CalendarError);
  });
});

describe('sessions', () => {
  it('weekends are closed', () => {
    expect(isTradingDay('2024-03-09')).toBe(false);
    expect(isTradingDay('2024-03-10')).toBe(false);
    expect(isTradingDay('2024-03-11')).toBe(true);
  });

  it('previous / next session skip weekends and holidays', () => {
    expect(previousSession('2024-03-11')).toBe('2024-03-08');
    expect(nextSession('2024-03-28')).toBe('2024-04-01'); // Good Friday
    expect(previousSession('2024-01-02')).toBe('2023-12-29');
    expect(nextSession('2001-09-10')).toBe('2001-09-17');
    expect(previousSession('2024-03-10')).toBe('2024-03-08'); // from a non-session
  });

  it('tradingDays is inclusive and ascending', () => {
    expect(tradingDays('2024-12-20', '2024-12-31')).toEqual([
      '2024-12-20',
      '2024-12-23',
      '2024-12-24',
      '2024-12-26',
      '2024-12-27',
      '2024-12-30',
      '2024-12-31',
    ]);
    expect(tradingDays('2024-03-10', '2024-03-09')).toEqual([]);
  });

  it('a full year has 250–253 sessions', () => {
    expect(tradingDays('2023-01-01', '2023-12-31')).toHaveLength(250);
    expect(tradingDays('2024-01-01', '2024-12-31')).toHaveLength(252);
  });

  it('sessionsBetween counts (a, b] and is antisymmetric', () => {
    expect(sessionsBetween('2024-03-08', '2024-03-11')).toBe(1);
    expect(sessionsBetween('2024-03-08', '2024-03-08')).toBe(0);
    expect(sessionsBetween('2024-03-11', '2024-03-08')).toBe(-1);
    expect(sessionsBetween('2024-12-20', '2024-12-31')).toBe(6);
    expect(sessionsBetween('2024-03-10', '2024-03-09')).toBe(0); // a weekend backwards: 0, not -0
    expect(sessionsBetween('1993-01-29', '2024-09-12')).toBe(7961); // SPY.csv has 7,962 bars
  });
});
