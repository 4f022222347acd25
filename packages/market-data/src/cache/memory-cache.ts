import type { BarCache, BarCacheOptions } from './bar-cache.ts';
import { type CacheBackend, createBackedCache } from './backed-cache.ts';
import type { EntryStat } from './eviction.ts';

/** In-memory BarCache for tests and short-lived processes. Stores JSON text, like the persistent ones. */
export function createMemoryCache(opts: BarCacheOptions = {}): BarCache {
  const texts = new Map<string, string>();
  const stats = new Map<string, EntryStat>();
  const backend: CacheBackend = {
    read: async (key) => texts.get(key) ?? null,
    async write(key, text, stat) {
      texts.set(key, text);
      stats.set(key, stat);
    },
    async touch(key, usedAt) {
      const s = stats.get(key);
      if (s) s.usedAt = usedAt;
    },
    async remove(key) {
      stats.delete(key);
      return texts.delete(key);
    },
    stats: async () => [...stats.values()].map((s) => ({ ...s })),
  };
  return createBackedCache(backend, opts);
}
