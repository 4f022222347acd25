import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKey, isIsoDate, yearOf } from './dates.ts';

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

describe('dateKey', () => {
  /** Brute force: a real date round-trips through Date.UTC (years 0–99 need setUTCFullYear). */
  const real = (s: string): boolean => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  };
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  it('is yyyymmdd for real dates and −1 otherwise, matching a Date round trip', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (s) => {
        const key = dateKey(s);
        expect(key >= 0).toBe(real(s));
        if (key >= 0) expect(key).toBe(Number(s.replaceAll('-', '')));
      }),
    );
    expect(dateKey(20240105)).toBe(-1);
    expect(dateKey('2024-01-0a')).toBe(-1);
    expect(dateKey('2024-01-/5')).toBe(-1);
  });

  it('orders valid dates exactly as their strings', () => {
    const valid = dateLike.filter(real);
    fc.assert(
      fc.property(valid, valid, (a, b) => {
        expect(Math.sign(dateKey(a) - dateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});
