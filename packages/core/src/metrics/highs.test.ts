import { describe, expect, it } from 'vitest';
import { expectCode, weekdays } from '../../test/fixtures.ts';
import { high52w, isRecordHigh } from './highs.ts';

describe('highs', () => {
  it('record high: strictly above every earlier close', () => {
    expect(isRecordHigh([1, 3, 2, 4])).toBe(true);
    expect(isRecordHigh([1, 4, 2, 4])).toBe(false);
    expect(isRecordHigh([5])).toBe(false);
    expectCode(() => isRecordHigh([]), 'EMPTY_SERIES');
  });

  it('52-week high over the last 252 sessions', () => {
    const n = 300;
    const dates = weekdays('2023-01-02', n);
    const p = Array.from({ length: n }, (_, i) => 100 + Math.sin(i / 10));
    p[10] = 500; // older than 252 sessions: ignored
    p[200] = 120;
    const h = high52w(p, dates);
    expect(h).toEqual({ high: 120, date: dates[200], atHigh: false, fromHigh: (p[n - 1] as number) / 120 - 1 });
    p[n - 1] = 130;
    expect(high52w(p, dates)?.atHigh).toBe(true);
    expect(high52w(p.slice(0, 251), dates.slice(0, 251))).toBeNull();
  });
});
