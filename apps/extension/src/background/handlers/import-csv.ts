/**
 * import-csv: parse first (a bad file changes nothing and the error names the line), then store the
 * text; from then on the symbol's bars come from it. Memoised views are dropped.
 */
import { BadRequest } from '../errors.ts';
import { normaliseSymbol } from '../symbol-check.ts';
import type { Handler } from './types.ts';

export const importCsv: Handler<'import-csv'> = async (req, ctx) => {
  const symbol = normaliseSymbol(req.symbol);
  if (!symbol) throw new BadRequest(`not a ticker symbol: ${req.symbol}`);
  const bars = ctx.parseCsv(req.csv, symbol);
  const first = bars[0];
  const last = bars.at(-1);
  if (!first || !last) throw new BadRequest(`the CSV for ${symbol} has no price rows`);
  await ctx.csv.put(symbol, req.csv);
  ctx.memo.clear();
  return { symbol, bars: bars.length, from: first.date, to: last.date };
};
