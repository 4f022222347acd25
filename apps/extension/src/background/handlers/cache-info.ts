/** cache-info: how many symbols the bar cache holds and its approximate size in bytes. */
import type { Handler } from './types.ts';

export const cacheInfo: Handler<'cache-info'> = async (_req, ctx) => {
  const { entries, bytes } = await ctx.cache.info();
  return { symbols: entries, bytes };
};
