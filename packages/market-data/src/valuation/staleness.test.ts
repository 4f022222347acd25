import { describe, expect, it } from 'vitest';
import { isReadingStale, readingAgeDays, STALE_AFTER_DAYS } from './staleness.ts';

describe('isReadingStale', () => {
  it('45 days old is current, 46 is stale (New York calendar days)', () => {
    expect(STALE_AFTER_DAYS).toBe(45);
    // 2026-01-01 + 45 days = 2026-02-15.
    expect(readingAgeDays('2026-01-01', new Date('2026-02-15T15:00:00Z'))).toBe(45);
    expect(isReadingStale('2026-01-01', new Date('2026-02-15T15:00:00Z'))).toBe(false);
    expect(isReadingStale('2026-01-01', new Date('2026-02-16T15:00:00Z'))).toBe(true);
  });

  it('counts the New York date, not UTC: 02:00 UTC on the 16th is still the 15th in New York', () => {
    expect(isReadingStale('2026-01-01', new Date('2026-02-16T02:00:00Z'))).toBe(false);
    expect(isReadingStale('2026-01-01', new Date('2026-02-16T06:00:00Z'))).toBe(true);
  });

  it('the shipped January 2026 reading is stale by December 2026', () => {
    expect(isReadingStale('2026-01-01', new Date('2026-12-07T13:00:00Z'))).toBe(true);
    expect(readingAgeDays('2026-01-01', new Date('2026-12-07T13:00:00Z'))).toBe(340);
  });
});
