/** get-context: small-cap proxy vs benchmark with the latest valuation reading. */
import { contextView } from '../views.ts';
import type { Handler } from './types.ts';

export const getContext: Handler<'get-context'> = async (_req, ctx) => contextView(ctx, await ctx.settings());
