import { describe, expect, it } from 'vitest';
import { isIsoDate, yearOf } from './dates.ts';

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2023-12-31')).toBe(true);
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-05', ' 2024-01-05', '2024/01/05', '20240105xx', '', 20240105, null, undefined]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('reads the year', () => {
    expect(yearOf('2026-01-02')).toBe(2026);
    expect(yearOf('0999-12-31')).toBe(999);
  });
});
