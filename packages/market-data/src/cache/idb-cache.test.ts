import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { describeBarCache, entry } from '../test/bar-cache-contract.ts';
import { cacheKey } from './bar-cache.ts';
import { createIdbCache } from './idb-cache.ts';

let n = 0;
const freshName = () => `bars-test-${++n}`;

describeBarCache('IndexedDB', (opts) => createIdbCache(freshName(), opts));

describe('IndexedDB cache', () => {
  it('persists across instances on the same database', async () => {
    const name = freshName();
    await createIdbCache(name).put(cacheKey('yahoo', '^RUT'), entry('^RUT', 4));
    expect((await createIdbCache(name).get(cacheKey('yahoo', '^RUT')))?.bars).toHaveLength(4);
  });

  it('a corrupt stored entry reads as absent and is dropped', async () => {
    const name = freshName();
    const cache = createIdbCache(name);
    await cache.put(cacheKey('yahoo', 'SPY'), entry('SPY', 2));
    const db = await openDB(name, 1);
    await db.put('entries', '{"symbol":"SPY","bars":[{"date":"2024-01-01","close":-1}]}', 'yahoo:SPY');
    db.close();
    expect(await cache.get(cacheKey('yahoo', 'SPY'))).toBeNull();
    expect((await cache.info()).entries).toBe(0);
  });
});
