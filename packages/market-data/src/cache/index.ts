// Browser-safe cache exports. The file cache (node:fs) is exported only from src/node.ts.
export { type BarCache, type BarCacheOptions, type CacheInfo, type CacheKey, type CachedBars, cacheKey, DEFAULT_MAX_BYTES } from './bar-cache.ts';
export { CachedBarsSchema, parseCachedBars } from './cached-bars-schema.ts';
export { createIdbCache, DEFAULT_IDB_NAME } from './idb-cache.ts';
export { createMemoryCache } from './memory-cache.ts';
