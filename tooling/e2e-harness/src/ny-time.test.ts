import { describe, expect, it } from 'vitest';
import { nyDate, nyGmtOffset, sessionOpenUtcSeconds } from './ny-time.ts';

describe('New York session open', () => {
  it('is 13:30Z in summer and 14:30Z in winter', () => {
    expect(new Date(sessionOpenUtcSeconds('2024-09-12') * 1000).toISOString()).toBe('2024-09-12T13:30:00.000Z');
    expect(new Date(sessionOpenUtcSeconds('2024-01-02') * 1000).toISOString()).toBe('2024-01-02T14:30:00.000Z');
  });

  it('follows the pre-2007 DST rules (April to October)', () => {
    // 1999: DST from 4 April; 8 March 1999 was still winter time (it would be summer under today's rules).
    expect(new Date(sessionOpenUtcSeconds('1999-03-15') * 1000).toISOString()).toBe('1999-03-15T14:30:00.000Z');
    expect(new Date(sessionOpenUtcSeconds('1999-04-05') * 1000).toISOString()).toBe('1999-04-05T13:30:00.000Z');
  });

  it('round-trips to the same New York date and rejects junk', () => {
    expect(nyDate(sessionOpenUtcSeconds('2026-01-16'))).toBe('2026-01-16');
    expect(() => sessionOpenUtcSeconds('2024-13-40')).toThrow(/not a session date/);
  });

  it('gives the gmtoffset Yahoo reports', () => {
    expect(nyGmtOffset(sessionOpenUtcSeconds('2024-07-01'))).toBe(-14400);
    expect(nyGmtOffset(sessionOpenUtcSeconds('2024-12-02'))).toBe(-18000);
  });
});
