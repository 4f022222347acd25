/** clear-cache: empty the bar cache and the memo (imported CSVs are the user's data: kept). */
import type { Handler } from './types.ts';

export const clearCache: Handler<'clear-cache'> = async (_req, ctx) => {
  const cleared = await ctx.cache.clear();
  ctx.memo.clear();
  return { cleared };
};
