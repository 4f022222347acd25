/**
 * Reads the real price files of ../shared/data into bars. Two formats:
 * - `prices/*.csv` — Yahoo export `Date,Open,High,Low,Close,Adj Close,Volume` (Close as traded, Adj Close
 *   adjusted for splits and dividends);
 * - `long/*.csv` — `date,open,high,low,close,volume`, CRLF, already adjusted (close = adjusted close).
 * Rows with a missing or non-positive close ("null" in Yahoo exports) are dropped, never turned into NaN.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTickerShape, splitCsvLine } from '@rotation-lens/market-data';
import { LONG_DIR, PRICES_DIR } from './paths.ts';

export interface CsvBar {
  date: string;
  open: number | null;
  high: number | null;
  low: number | null;
  close: number;
  adjClose: number;
  volume: number | null;
}

/** Which folder of ../shared/data a series comes from. The e2e suite uses 'prices' for every symbol. */
export type PriceSet = 'prices' | 'long';

const num = (s: string | undefined): number | null => {
  if (s === undefined || s.trim() === '' || s.trim() === 'null') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** Parses either CSV format (detected from the header). Ascending, unique dates. */
export function parsePriceCsv(text: string): CsvBar[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (splitCsvLine(lines.shift() ?? '') ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [iDate, iOpen, iHigh, iLow, iClose, iVol] = ['date', 'open', 'high', 'low', 'close', 'volume'].map(col) as [number, number, number, number, number, number];
  const iAdj = col('adj close');
  if (iDate === -1 || iClose === -1) throw new Error(`not a price CSV (header: ${header.join(',')})`);
  const bars: CsvBar[] = [];
  for (const line of lines) {
    const f = splitCsvLine(line) ?? [];
    const date = f[iDate]?.trim() ?? '';
    const close = num(f[iClose]);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || close === null || close <= 0) continue;
    const adj = iAdj === -1 ? close : num(f[iAdj]);
    if (adj === null || adj <= 0) continue;
    const prev = bars.at(-1);
    if (prev && prev.date >= date) throw new Error(`dates not ascending at ${date}`);
    bars.push({
      date,
      open: num(f[iOpen]),
      high: num(f[iHigh]),
      low: num(f[iLow]),
      close,
      adjClose: adj,
      volume: iVol === -1 ? null : num(f[iVol]),
    });
  }
  return bars;
}

const memo = new Map<string, CsvBar[] | null>();

/** Bars of one symbol from a price set, or null when the file does not exist (unknown symbol). */
export function loadBars(symbol: string, set: PriceSet = 'prices'): CsvBar[] | null {
  const key = `${set}/${symbol}`;
  if (memo.has(key)) return memo.get(key)!;
  // File names are the canonical symbol; refuse anything that could walk out of the folder.
  const safe = isTickerShape(symbol);
  const file = join(set === 'prices' ? PRICES_DIR : LONG_DIR, `${symbol}.csv`);
  const bars = safe && existsSync(file) ? parsePriceCsv(readFileSync(file, 'utf8')) : null;
  memo.set(key, bars);
  return bars;
}
