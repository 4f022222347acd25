/** validate-symbol: canonical form first (no request for junk), then the provider decides. */
import { BadRequest } from '../errors.ts';
import { normaliseSymbol } from '../symbol-check.ts';
import type { Handler } from './types.ts';

export const validateSymbol: Handler<'validate-symbol'> = async (req, ctx) => {
  const symbol = normaliseSymbol(req.symbol);
  if (!symbol) throw new BadRequest(`not a ticker symbol: ${req.symbol}`);
  return ctx.validateSymbol(symbol);
};
