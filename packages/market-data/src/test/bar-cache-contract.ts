import { describe, expect, it } from 'vitest';
import type { DailyBar } from '../types.ts';
import { type BarCache, type BarCacheOptions, type CachedBars, cacheKey } from '../cache/bar-cache.ts';

/** Behaviour every BarCache must have; each implementation's test runs it against a fresh instance. */
export type MakeCache = (opts?: BarCacheOptions) => Promise<BarCache> | BarCache;

export function bars(n: number, start = Date.UTC(2024, 0, 1)): DailyBar[] {
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    close: 100 + i,
    adjClose: 99 + i,
    volume: 1000 * i,
  }));
}

export function entry(symbol: string, n = 3, extra: Partial<CachedBars> = {}): CachedBars {
  return { symbol, provider: 'yahoo', bars: bars(n), fetchedAt: '2024-03-11T21:00:00.000Z', ...extra };
}

export function describeBarCache(name: string, make: MakeCache): void {
  describe(`${name}: BarCache contract`, () => {
    it('round-trips an entry, including optional fields and awkward symbols', async () => {
      const cache = await make();
      const gspc = entry('^GSPC', 5, { currency: 'USD', simulated: false, checkedAt: '2024-03-12T01:00:00.000Z' });
      const brk = entry('BRK-B', 2);
      await cache.put(cacheKey('yahoo', '^GSPC'), gspc);
      await cache.put(cacheKey('yahoo', 'BRK-B'), brk);
      expect(await cache.get(cacheKey('yahoo', '^GSPC'))).toEqual(gspc);
      expect(await cache.get(cacheKey('yahoo', 'BRK-B'))).toEqual(brk);
      expect(await cache.get(cacheKey('stooq', '^GSPC'))).toBeNull();
    });

    it('put replaces; delete reports whether something was removed', async () => {
      const cache = await make();
      const key = cacheKey('yahoo', 'SPY');
      await cache.put(key, entry('SPY', 3));
      await cache.put(key, entry('SPY', 7));
      expect((await cache.get(key))?.bars).toHaveLength(7);
      expect(await cache.delete(key)).toBe(true);
      expect(await cache.delete(key)).toBe(false);
      expect(await cache.get(key)).toBeNull();
    });

    it('info counts entries and bytes; clear empties and returns the count', async () => {
      const cache = await make();
      expect(await cache.info()).toEqual({ entries: 0, bytes: 0 });
      await cache.put(cacheKey('yahoo', 'SPY'), entry('SPY', 10));
      await cache.put(cacheKey('yahoo', 'IWM'), entry('IWM', 10));
      const info = await cache.info();
      expect(info.entries).toBe(2);
      expect(info.bytes).toBe(2 * JSON.stringify(entry('SPY', 10)).length);
      expect(await cache.clear()).toBe(2);
      expect(await cache.info()).toEqual({ entries: 0, bytes: 0 });
    });

    it('evicts the least recently used entries beyond maxBytes, never the one just written', async () => {
      const one = JSON.stringify(entry('AAA', 20)).length;
      let t = 1_000;
      const cache = await make({ maxBytes: one * 3 + 10, now: () => (t += 1000) });
      for (const s of ['AAA', 'BBB', 'CCC']) await cache.put(cacheKey('yahoo', s), entry(s, 20));
      await cache.get(cacheKey('yahoo', 'AAA')); // AAA is now more recent than BBB
      await cache.put(cacheKey('yahoo', 'DDD'), entry('DDD', 20));
      expect(await cache.get(cacheKey('yahoo', 'BBB'))).toBeNull();
      for (const s of ['AAA', 'CCC', 'DDD']) expect(await cache.get(cacheKey('yahoo', s)), s).not.toBeNull();
      expect((await cache.info()).entries).toBe(3);

      const huge = entry('HUGE', 400);
      await cache.put(cacheKey('yahoo', 'HUGE'), huge); // larger than the cap alone: kept, alone
      expect(await cache.info()).toEqual({ entries: 1, bytes: JSON.stringify(huge).length });
    });
  });
}
