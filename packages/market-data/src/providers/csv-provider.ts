/**
 * CSV import provider: bars from the user's own files (or any text source) via parsePriceCsv.
 * `load(symbol)` returns the CSV text, or null when there is no file for the symbol (→ UnknownSymbol).
 * A malformed file is a BadResponse whose detail names the line (CsvError message).
 */
import { CsvError } from '../csv/csv-error.ts';
import { parsePriceCsv } from '../csv/parse-price-csv.ts';
import { normaliseBars } from '../schemas/daily-bars.ts';
import type { BarRequest, BarSeries, Provider } from '../types.ts';
import { errorContext } from './error-context.ts';

export interface CsvProviderOptions {
  load: (symbol: string) => Promise<string | null>;
  label?: string;
}

export function createCsvProvider(opts: CsvProviderOptions): Provider {
  return {
    id: 'csv',
    label: opts.label ?? 'CSV import',
    needsKey: false,
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      req.signal?.throwIfAborted();
      const ctx = errorContext('csv', req.symbol);
      const text = await opts.load(req.symbol);
      req.signal?.throwIfAborted();
      if (text === null) throw ctx.unknown(`no CSV file for ${ctx.symbol}`);
      try {
        const bars = parsePriceCsv(text, `${req.symbol}.csv`);
        return { symbol: req.symbol, provider: 'csv', bars: normaliseBars(bars, ctx, req.from, req.to) };
      } catch (e) {
        if (e instanceof CsvError) throw ctx.bad(e.message);
        throw e;
      }
    },
  };
}
