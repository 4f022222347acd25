import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './day-math.ts';
import { newYorkDate } from './new-york-time.ts';
import { lastCompletedSession, sessionClose } from './session-close.ts';
import { isTradingDay, nextSession, previousSession, sessionsBetween, tradingDays } from './sessions.ts';

/** Properties over random dates 1971–2099 and random instants: the functions agree with each other. */
const dateArb = fc.integer({ min: 365, max: 47_480 }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const instantArb = fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2090, 0, 1) }).map((ms) => new Date(ms));

describe('calendar properties', () => {
  it('previous/next session are sessions, bracket the date, and nothing lies between', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const p = previousSession(d);
        const n = nextSession(d);
        expect(isTradingDay(p) && isTradingDay(n)).toBe(true);
        expect(p < d && d < n).toBe(true);
        expect(tradingDays(addDays(p, 1), addDays(n, -1)).every((x) => x === d)).toBe(true);
        expect(nextSession(p) === d || nextSession(p) === n).toBe(true);
      }),
    );
  });

  it('sessionsBetween is additive and matches tradingDays', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        expect(sessionsBetween(a, b) + sessionsBetween(b, c)).toBe(sessionsBetween(a, c));
        if (a <= b) expect(sessionsBetween(a, b)).toBe(tradingDays(addDays(a, 1), b).length);
      }),
      { numRuns: 50 },
    );
  });

  it('lastCompletedSession: a session, closed by now, and the next session is not yet closed', () => {
    fc.assert(
      fc.property(instantArb, (now) => {
        const s = lastCompletedSession(now);
        expect(isTradingDay(s)).toBe(true);
        expect(sessionClose(s).getTime()).toBeLessThanOrEqual(now.getTime());
        expect(sessionClose(nextSession(s)).getTime()).toBeGreaterThan(now.getTime());
      }),
    );
  });

  it('every session closes at 13:00 or 16:00 New York time, on its own date', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const s = isTradingDay(d) ? d : nextSession(d);
        const close = sessionClose(s);
        expect(newYorkDate(close)).toBe(s);
        const hour = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).format(close);
        expect(['13:00', '16:00']).toContain(hour);
      }),
    );
  });
});
