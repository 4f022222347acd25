import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { BarCache, BarCacheOptions } from './bar-cache.ts';
import { type CacheBackend, createBackedCache } from './backed-cache.ts';
import type { EntryStat } from './eviction.ts';

/**
 * IndexedDB BarCache for the extension (works in the MV3 service worker and in pages).
 * Two stores written in one transaction: 'entries' (key → JSON text) and 'stats' (key → size + recency),
 * so eviction and info() never have to load the bars themselves.
 */
interface BarCacheDb extends DBSchema {
  entries: { key: string; value: string };
  stats: { key: string; value: EntryStat };
}

export const DEFAULT_IDB_NAME = 'rotation-lens-bars';

export function createIdbCache(dbName: string = DEFAULT_IDB_NAME, opts: BarCacheOptions = {}): BarCache {
  let db: Promise<IDBPDatabase<BarCacheDb>> | null = null;
  const open = () => {
    db ??= openDB<BarCacheDb>(dbName, 1, {
      upgrade(database) {
        database.createObjectStore('entries');
        database.createObjectStore('stats', { keyPath: 'key' });
      },
    });
    return db;
  };

  const backend: CacheBackend = {
    async read(key) {
      return (await (await open()).get('entries', key)) ?? null;
    },
    async write(key, text, stat) {
      const tx = (await open()).transaction(['entries', 'stats'], 'readwrite');
      await Promise.all([tx.objectStore('entries').put(text, key), tx.objectStore('stats').put(stat), tx.done]);
    },
    async touch(key, usedAt) {
      const tx = (await open()).transaction('stats', 'readwrite');
      const stat = await tx.store.get(key);
      if (stat) await tx.store.put({ ...stat, usedAt });
      await tx.done;
    },
    async remove(key) {
      const tx = (await open()).transaction(['entries', 'stats'], 'readwrite');
      const existed = (await tx.objectStore('entries').getKey(key)) !== undefined;
      await Promise.all([tx.objectStore('entries').delete(key), tx.objectStore('stats').delete(key), tx.done]);
      return existed;
    },
    async stats() {
      return (await open()).getAll('stats');
    },
  };
  return createBackedCache(backend, opts);
}
