import { quoteInput } from '../text/quote-input.ts';
import { CsvError } from './csv-error.ts';

/** Which DailyBar field each header maps to. Names are matched case-insensitively, ignoring spaces, `_` and `.`. */
export type PriceColumn = 'date' | 'open' | 'high' | 'low' | 'close' | 'adjClose' | 'volume';

const ALIASES: Record<string, PriceColumn> = {
  date: 'date',
  datetime: 'date',
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  adjclose: 'adjClose',
  adjustedclose: 'adjClose',
  volume: 'volume',
};

/** Column index per field; absent optional fields are undefined. `date` and `close` are always present. */
export type ColumnIndex = { date: number; close: number } & Partial<Record<PriceColumn, number>>;

const normalise = (name: string): string =>
  name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, '');

/**
 * Reads the header row: Yahoo's `Date,Open,High,Low,Close,Adj Close,Volume`, the lowercase
 * `date,open,high,low,close,volume`, and column orders or extra columns beyond those (extras are ignored).
 * Throws a header CsvError (on `line`, default 1) when `date` or `close` is missing or a column appears twice.
 */
export function readHeader(fields: string[], source: string, line = 1): ColumnIndex {
  const found: Partial<Record<PriceColumn, number>> = {};
  fields.forEach((raw, i) => {
    const col = ALIASES[normalise(raw)];
    if (!col) return;
    if (found[col] !== undefined) throw new CsvError(source, line, `column ${quoteInput(raw.trim())} appears twice`, undefined, 'header');
    found[col] = i;
  });
  if (found.date === undefined || found.close === undefined) {
    const missing = found.date === undefined ? 'Date' : 'Close';
    throw new CsvError(source, line, `no ${missing} column (expected e.g. Date,Open,High,Low,Close,Adj Close,Volume)`, undefined, 'header');
  }
  return { ...found, date: found.date, close: found.close };
}
