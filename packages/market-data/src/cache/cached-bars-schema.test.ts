import { describe, expect, it } from 'vitest';
import { isValidBar, parseCachedBars } from './cached-bars-schema.ts';

const entry = (bars: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ symbol: 'SPY', provider: 'yahoo', bars, fetchedAt: '2024-03-11T21:00:00.000Z', ...extra });
const bar = (date: string, close: unknown = 10) => ({ date, close, adjClose: 9.5, volume: 100 });

describe('parseCachedBars', () => {
  it('accepts a well-formed entry', () => {
    expect(parseCachedBars(entry([bar('2024-03-08'), bar('2024-03-11')]))?.bars).toHaveLength(2);
    expect(parseCachedBars(entry([]))?.bars).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"symbol":"SPY","bars":['],
    ['unknown provider', entry([bar('2024-03-08')], { provider: 'bloomberg' })],
    ['bad fetchedAt', entry([bar('2024-03-08')], { fetchedAt: 'yesterday' })],
    ['impossible date', entry([bar('2024-02-30')])],
    ['negative close', entry([bar('2024-03-08', -1)])],
    ['string close', entry([bar('2024-03-08', '10')])],
    ['descending dates', entry([bar('2024-03-11'), bar('2024-03-08')])],
    ['duplicate dates', entry([bar('2024-03-08'), bar('2024-03-08')])],
    ['unknown bar key', entry([{ ...bar('2024-03-08'), __proto__x: 1 }])],
    ['not an object', '[1,2,3]'],
  ])('rejects %s → null', (_label, text) => {
    expect(parseCachedBars(text)).toBeNull();
  });

  it('isValidBar: volume may be 0, not negative or NaN; optional prices must be positive when present', () => {
    expect(isValidBar({ date: '2024-03-08', close: 1, volume: 0 })).toBe(true);
    expect(isValidBar({ date: '2024-03-08', close: 1, volume: -1 })).toBe(false);
    expect(isValidBar({ date: '2024-03-08', close: 1, volume: Number.NaN })).toBe(false);
    expect(isValidBar({ date: '2024-03-08', close: 1, open: 0 })).toBe(false);
    expect(isValidBar(null)).toBe(false);
  });
});
