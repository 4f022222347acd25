import type { DailyBar } from '../types.ts';
import { dailyDateOf, isCalendarDate } from './calendar-date.ts';
import { quoteInput } from '../text/quote-input.ts';
import { CsvError } from './csv-error.ts';
import { checkCsvShape, localeNumberHint } from './csv-shape.ts';
import { parseDecimal } from './decimal-number.ts';
import { type ColumnIndex, readHeader } from './price-columns.ts';
import { splitCsvLine } from './csv-rows.ts';

/**
 * Parses a daily price CSV into validated bars, ascending by date.
 *
 * Accepted: Yahoo export `Date,Open,High,Low,Close,Adj Close,Volume` and lowercase `date,open,high,low,close,volume`
 * (any column order, extra columns ignored), LF or CRLF, quoted or bare fields, a UTF-8 BOM, blank lines.
 * Files sorted newest-first are accepted and returned ascending.
 *
 * Rules (every violation is a CsvError naming source and 1-based line):
 * - `date` must be a real calendar date `YYYY-MM-DD` (a midnight timestamp such as pandas writes,
 *   `2024-01-02 00:00:00-05:00`, counts as its date); dates must be strictly monotonic (no duplicates).
 * - Numbers are decimal only (`12.5`, `1.5e3`; never `0x1F`, `0b11`, `0o7`, `Infinity`): see parseDecimal.
 * - `Close` (and `Adj Close` when the column exists) must be a finite number > 0.
 * - Open/High/Low/Volume: empty or `null` → field omitted; `0` price → omitted (old index rows use 0 for
 *   "unknown"); otherwise a finite number ≥ 0 is required.
 * - A row whose every value field is `null` (what Yahoo writes for a session without data) is SKIPPED and its
 *   line number reported in `skippedLines`; a `null` Close next to real numbers is an error.
 * - A row with fewer fields than the header needs is an error.
 */

export interface ParsedPriceCsv {
  bars: DailyBar[];
  /** 1-based lines of all-`null` rows that were skipped. */
  skippedLines: number[];
}

const isNullToken = (s: string): boolean => s === '' || s.toLowerCase() === 'null';

type Fail = (reason: string, column?: string) => never;

function requiredPrice(raw: string, column: string, fail: Fail): number {
  if (isNullToken(raw)) fail(raw === '' ? 'empty value' : 'value is null', column);
  const v = parseDecimal(raw);
  if (!Number.isFinite(v)) fail(`not a number: ${quoteInput(raw)}${localeNumberHint(raw)}`, column);
  if (v <= 0) fail(`must be > 0, got ${raw}`, column);
  return v;
}

function optionalValue(raw: string | undefined, column: string, fail: Fail): number | undefined {
  if (raw === undefined || isNullToken(raw)) return undefined;
  const v = parseDecimal(raw);
  if (!Number.isFinite(v)) fail(`not a number: ${quoteInput(raw)}${localeNumberHint(raw)}`, column);
  if (v < 0) fail(`must be ≥ 0, got ${raw}`, column);
  return v;
}

const VALUE_COLUMNS = ['open', 'high', 'low', 'close', 'adjClose', 'volume'] as const;
const HEADER_NAMES: Record<(typeof VALUE_COLUMNS)[number], string> = {
  open: 'Open',
  high: 'High',
  low: 'Low',
  close: 'Close',
  adjClose: 'Adj Close',
  volume: 'Volume',
};

function parseRow(fields: string[], cols: ColumnIndex, fail: Fail): DailyBar | null {
  const get = (i: number | undefined): string | undefined => (i === undefined ? undefined : fields[i]?.trim());
  const values = VALUE_COLUMNS.filter((c) => cols[c] !== undefined).map((c) => get(cols[c]) ?? '');
  if (values.every((v) => v.toLowerCase() === 'null')) return null;

  const date = dailyDateOf(get(cols.date) ?? '');
  if (!isCalendarDate(date)) fail(`not a date (YYYY-MM-DD): ${quoteInput(date)}`, 'Date');
  const bar: DailyBar = { date, close: requiredPrice(get(cols.close) ?? '', 'Close', fail) };
  if (cols.adjClose !== undefined) bar.adjClose = requiredPrice(get(cols.adjClose) ?? '', 'Adj Close', fail);
  for (const c of ['open', 'high', 'low'] as const) {
    const v = optionalValue(get(cols[c]), HEADER_NAMES[c], fail);
    if (v !== undefined && v > 0) bar[c] = v;
  }
  const volume = optionalValue(get(cols.volume), 'Volume', fail);
  if (volume !== undefined) bar.volume = volume;
  return bar;
}

export function parsePriceCsvDetailed(text: string, source: string): ParsedPriceCsv {
  const lines = text.split(/\r?\n|\r/);
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt < 0) {
    throw new CsvError(source, 1, 'the file is empty (expected a header such as Date,Open,High,Low,Close,Adj Close,Volume)', undefined, 'file');
  }
  const headerText = lines[headerAt]!.replace(/^\uFEFF/, '');
  checkCsvShape(headerText, headerAt + 1, source);
  const header = splitCsvLine(headerText);
  if (!header) throw new CsvError(source, headerAt + 1, 'unclosed quote, or text right after a closing quote', undefined, 'header');
  const cols = readHeader(header, source, headerAt + 1);
  const width = Math.max(...Object.values(cols).filter((v): v is number => v !== undefined)) + 1;

  const bars: DailyBar[] = [];
  const barLines: number[] = [];
  const skippedLines: number[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const fail: Fail = (reason, column) => {
      throw new CsvError(source, line, reason, column);
    };
    const fields = splitCsvLine(raw);
    if (!fields) fail('unclosed quote, or text right after a closing quote');
    if (fields!.length < width) fail(`expected at least ${width} fields, found ${fields!.length}`);
    const bar = parseRow(fields!, cols, fail);
    if (bar === null) {
      skippedLines.push(line);
      continue;
    }
    bars.push(bar);
    barLines.push(line);
  }
  return { bars: orderAscending(bars, barLines, source), skippedLines };
}

/** Accepts strictly ascending or strictly descending files; anything else names the first offending line. */
function orderAscending(bars: DailyBar[], lines: number[], source: string): DailyBar[] {
  if (bars.length < 2) return bars;
  const descending = bars[1]!.date < bars[0]!.date;
  for (let i = 1; i < bars.length; i++) {
    const prev = bars[i - 1]!.date;
    const cur = bars[i]!.date;
    if (cur === prev) throw new CsvError(source, lines[i]!, `duplicate date ${cur}`, 'Date');
    if (cur < prev !== descending) {
      throw new CsvError(source, lines[i]!, `date ${cur} out of order after ${prev}`, 'Date');
    }
  }
  return descending ? bars.reverse() : bars;
}

/** Parses a price CSV (see parsePriceCsvDetailed for the rules); all-`null` Yahoo rows are skipped. */
export function parsePriceCsv(text: string, source: string): DailyBar[] {
  return parsePriceCsvDetailed(text, source).bars;
}
