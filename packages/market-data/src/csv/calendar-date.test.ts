import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.ts';

describe('isCalendarDate', () => {
  it('accepts real dates, including 29 Feb of a leap year', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('1990-01-02')).toBe(true);
  });
  it.each(['2023-02-29', '2024-13-01', '2024-1-05', '2024-01-05T00:00:00Z', '', 'null', '20240105'])('rejects %j', (s) => {
    expect(isCalendarDate(s)).toBe(false);
  });
});
