/** open-options: content scripts cannot open the options page themselves; the worker can. */
import type { Handler } from './types.ts';

export const openOptions: Handler<'open-options'> = async (req, ctx) => {
  await ctx.openOptions(req.section);
  return null;
};
