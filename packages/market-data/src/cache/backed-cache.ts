import { type BarCache, type BarCacheOptions, type CacheKey, type CachedBars, DEFAULT_MAX_BYTES, symbolOfKey } from './bar-cache.ts';
import { parseCachedBars } from './cached-bars-schema.ts';
import { type EntryStat, planEviction } from './eviction.ts';

/**
 * Minimal storage a BarCache needs. Each implementation (memory, IndexedDB, files) only moves text;
 * validation, byte accounting and eviction live once, in createBackedCache.
 */
export interface CacheBackend {
  read(key: string): Promise<string | null>;
  write(key: string, text: string, stat: EntryStat): Promise<void>;
  /** Records a use (recency) of an existing entry. */
  touch(key: string, usedAt: number): Promise<void>;
  remove(key: string): Promise<boolean>;
  stats(): Promise<EntryStat[]>;
}

const utf8 = new TextEncoder();

export function createBackedCache(backend: CacheBackend, opts: BarCacheOptions = {}): BarCache {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const clock = opts.now ?? Date.now;
  let lastStamp = 0;
  // Strictly increasing, so two uses within the same millisecond still have an order.
  const stamp = () => {
    lastStamp = Math.max(clock(), lastStamp + 1);
    return lastStamp;
  };
  // A read records its use (recency, for eviction) in the background: it neither waits for that write
  // nor fails with it. Whatever reads or changes the entries' stats waits for the uses recorded so far,
  // so eviction still sees every earlier read.
  let usesRecorded: Promise<unknown> = Promise.resolve();
  const recordUse = (key: string) => {
    usesRecorded = Promise.all([usesRecorded, backend.touch(key, stamp()).catch(() => undefined)]);
  };

  return {
    async get(key: CacheKey) {
      const text = await backend.read(key);
      if (text === null) return null;
      const entry = parseCachedBars(text);
      // An entry must hold the symbol its key names: a file renamed or copied over another would otherwise
      // serve one symbol's prices as another's (an IWM/SPY ratio of exactly 1). Mismatch = unreadable.
      if (entry === null || entry.symbol !== symbolOfKey(key)) {
        await backend.remove(key);
        return null;
      }
      recordUse(key);
      return entry;
    },

    async put(key: CacheKey, entry: CachedBars) {
      const text = JSON.stringify(entry);
      await usesRecorded;
      await backend.write(key, text, { key, bytes: utf8.encode(text).byteLength, usedAt: stamp() });
      for (const victim of planEviction(await backend.stats(), maxBytes, key)) await backend.remove(victim);
    },

    async delete(key: CacheKey) {
      await usesRecorded;
      return backend.remove(key);
    },

    async clear() {
      await usesRecorded;
      const keys = (await backend.stats()).map((s) => s.key);
      for (const key of keys) await backend.remove(key);
      return keys.length;
    },

    async info() {
      await usesRecorded;
      const stats = await backend.stats();
      return { entries: stats.length, bytes: stats.reduce((sum, s) => sum + s.bytes, 0) };
    },
  };
}
