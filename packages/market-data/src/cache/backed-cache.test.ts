import { describe, expect, it } from 'vitest';
import { entry } from '../test/bar-cache-contract.ts';
import { type CacheBackend, createBackedCache } from './backed-cache.ts';
import { cacheKey } from './bar-cache.ts';
import type { EntryStat } from './eviction.ts';

const KEY = cacheKey('yahoo', 'SPY');

/** An in-memory backend whose `touch` is whatever the test says, and which logs every call. */
function backendWith(touch: CacheBackend['touch']) {
  const texts = new Map<string, string>();
  const stats = new Map<string, EntryStat>();
  const calls: string[] = [];
  const backend: CacheBackend = {
    read: async (key) => texts.get(key) ?? null,
    write: async (key, text, stat) => {
      calls.push(`write ${key}`);
      texts.set(key, text);
      stats.set(key, stat);
    },
    touch: async (key, usedAt) => {
      calls.push(`touch ${key}`);
      await touch(key, usedAt);
      const stat = stats.get(key);
      if (stat) stats.set(key, { ...stat, usedAt });
    },
    remove: async (key) => texts.delete(key) && stats.delete(key),
    stats: async () => [...stats.values()],
  };
  return { backend, calls, texts };
}

/** Resolves with 'waited' once a macrotask has passed: an in-memory get that does not wait settles before. */
const nextTask = () => new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 0));

describe('createBackedCache: recording a read', () => {
  it('returns the entry without waiting for its use to be recorded', async () => {
    let release = () => {};
    const { backend } = backendWith(() => new Promise<void>((resolve) => (release = resolve)));
    const cache = createBackedCache(backend);
    await cache.put(KEY, entry('SPY', 3));
    expect(await Promise.race([cache.get(KEY), nextTask()])).toEqual(entry('SPY', 3));
    release();
  });

  it('returns the entry when recording its use fails', async () => {
    const { backend } = backendWith(() => Promise.reject(new Error('disk full')));
    const cache = createBackedCache(backend);
    await cache.put(KEY, entry('SPY', 3));
    await expect(cache.get(KEY)).resolves.toEqual(entry('SPY', 3));
  });

  it('lets a later write, delete, clear or info wait for the uses recorded before it', async () => {
    let release = () => {};
    let pending = false;
    const { backend, calls } = backendWith(() => (pending ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()));
    const cache = createBackedCache(backend);
    await cache.put(KEY, entry('SPY', 3));
    pending = true;
    await cache.get(KEY);
    const other = cacheKey('yahoo', 'IWM');
    const later = [cache.put(other, entry('IWM', 3)), cache.info(), cache.delete(other), cache.clear()];
    expect(await Promise.race([Promise.all(later), nextTask()])).toBe('waited');
    expect(calls).toEqual([`write ${KEY}`, `touch ${KEY}`]);
    release();
    await Promise.all(later);
    expect(calls.slice(0, 3)).toEqual([`write ${KEY}`, `touch ${KEY}`, `write ${other}`]);
  });
});
