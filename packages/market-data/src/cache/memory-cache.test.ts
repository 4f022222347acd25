import { describe, expect, it } from 'vitest';
import { describeBarCache, entry } from '../test/bar-cache-contract.ts';
import { cacheKey } from './bar-cache.ts';
import { createMemoryCache } from './memory-cache.ts';

describeBarCache('memory', (opts) => createMemoryCache(opts));

describe('memory cache', () => {
  it('returns copies: mutating a result does not change the cache', async () => {
    const cache = createMemoryCache();
    await cache.put(cacheKey('yahoo', 'SPY'), entry('SPY', 3));
    const got = await cache.get(cacheKey('yahoo', 'SPY'));
    got?.bars.pop();
    expect((await cache.get(cacheKey('yahoo', 'SPY')))?.bars).toHaveLength(3);
  });
});
