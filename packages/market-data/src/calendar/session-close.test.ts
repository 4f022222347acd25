import { afterEach, describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.ts';
import { newYorkDate } from './new-york-time.ts';
import { isBarFinal, lastCompletedSession, sessionClose } from './session-close.ts';

const at = (iso: string) => new Date(iso);

describe('sessionClose', () => {
  it('16:00 New York: 21:00Z in winter, 20:00Z in summer (DST via Intl)', () => {
    expect(sessionClose('2024-03-08').toISOString()).toBe('2024-03-08T21:00:00.000Z');
    expect(sessionClose('2024-03-11').toISOString()).toBe('2024-03-11T20:00:00.000Z'); // first Monday of EDT
    expect(sessionClose('2024-11-01').toISOString()).toBe('2024-11-01T20:00:00.000Z');
    expect(sessionClose('2024-11-04').toISOString()).toBe('2024-11-04T21:00:00.000Z'); // back to EST
  });

  it('13:00 on early closes', () => {
    expect(sessionClose('2024-11-29').toISOString()).toBe('2024-11-29T18:00:00.000Z');
    expect(sessionClose('2024-07-03').toISOString()).toBe('2024-07-03T17:00:00.000Z');
  });

  it('throws CalendarError for a non-session', () => {
    expect(() => sessionClose('2024-03-09')).toThrow(CalendarError);
    expect(() => newYorkDate(new Date(Number.NaN))).toThrow(CalendarError);
  });
});

describe('lastCompletedSession', () => {
  it('DST boundary: Monday 2024-03-11 closes at 20:00Z (EDT), not 21:00Z', () => {
    expect(lastCompletedSession(at('2024-03-11T19:30:00Z'))).toBe('2024-03-08');
    expect(lastCompletedSession(at('2024-03-11T19:59:59Z'))).toBe('2024-03-08');
    expect(lastCompletedSession(at('2024-03-11T20:00:00Z'))).toBe('2024-03-11');
    expect(lastCompletedSession(at('2024-03-11T20:30:00Z'))).toBe('2024-03-11');
  });

  it('after the fall-back, Monday 2024-11-04 closes at 21:00Z', () => {
    expect(lastCompletedSession(at('2024-11-04T20:30:00Z'))).toBe('2024-11-01');
    expect(lastCompletedSession(at('2024-11-04T21:00:00Z'))).toBe('2024-11-04');
  });

  it('early close: done at 13:00 New York', () => {
    expect(lastCompletedSession(at('2024-11-29T17:59:00Z'))).toBe('2024-11-27');
    expect(lastCompletedSession(at('2024-11-29T18:00:00Z'))).toBe('2024-11-29');
  });

  it('weekends and holidays fall back to the previous session', () => {
    expect(lastCompletedSession(at('2024-03-09T12:00:00Z'))).toBe('2024-03-08');
    expect(lastCompletedSession(at('2024-03-29T22:00:00Z'))).toBe('2024-03-28'); // Good Friday
    expect(lastCompletedSession(at('2024-01-01T04:00:00Z'))).toBe('2023-12-29'); // NY is still Dec 31
  });

  it('a user in Tokyo and one in Los Angeles at the same instant get the same session', () => {
    // 2024-03-12 08:00 in Tokyo = 2024-03-11 16:00 in Los Angeles = 2024-03-11 23:00Z: Monday has closed.
    const tokyoMorning = at('2024-03-12T08:00:00+09:00');
    const laAfternoon = at('2024-03-11T16:00:00-07:00');
    expect(tokyoMorning.getTime()).toBe(laAfternoon.getTime());
    expect(lastCompletedSession(tokyoMorning)).toBe('2024-03-11');
    // Tokyo 2024-03-12 04:00 (Tuesday local) is still Monday 15:00 in New York: Monday not done yet.
    expect(lastCompletedSession(at('2024-03-12T04:00:00+09:00'))).toBe('2024-03-08');
  });
});

describe('independent of the host time zone (process.env.TZ)', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('same answers under UTC, Asia/Tokyo and America/Los_Angeles', () => {
    const instants = ['2024-03-11T19:30:00Z', '2024-03-11T20:30:00Z', '2024-11-04T20:30:00Z', '2024-12-31T23:30:00Z'];
    const answers = (zone: string) => {
      process.env.TZ = zone;
      return {
        offset: new Date('2024-07-01T00:00:00Z').getTimezoneOffset(),
        sessions: instants.map((i) => lastCompletedSession(at(i))),
        close: sessionClose('2024-03-11').toISOString(),
      };
    };
    const utc = answers('UTC');
    const tokyo = answers('Asia/Tokyo');
    const la = answers('America/Los_Angeles');
    // The host zone really changed (otherwise this test would prove nothing)…
    expect([utc.offset, tokyo.offset, la.offset]).toEqual([0, -540, 420]);
    // …and the calendar did not care.
    expect(tokyo.sessions).toEqual(utc.sessions);
    expect(la.sessions).toEqual(utc.sessions);
    expect(utc.sessions).toEqual(['2024-03-08', '2024-03-11', '2024-11-01', '2024-12-31']);
    expect(new Set([utc.close, tokyo.close, la.close]).size).toBe(1);
  });
});

describe('isBarFinal', () => {
  it('final once the close has passed; never for non-sessions', () => {
    expect(isBarFinal('2024-03-11', at('2024-03-11T19:59:00Z'))).toBe(false);
    expect(isBarFinal('2024-03-11', at('2024-03-11T20:00:00Z'))).toBe(true);
    expect(isBarFinal('2024-03-08', at('2024-03-11T10:00:00Z'))).toBe(true);
    expect(isBarFinal('2024-03-09', at('2024-03-11T10:00:00Z'))).toBe(false);
    expect(isBarFinal('2024-03-12', at('2024-03-11T23:00:00Z'))).toBe(false);
  });
});
