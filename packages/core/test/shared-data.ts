/**
 * Real price history from ../shared/data (never copied into the repo). Tests using it run under
 * describe.skipIf(!HAS_SHARED_DATA).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bar } from '../src/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED_DATA = resolve(repoRoot, '../shared/data');
export const HAS_SHARED_DATA = existsSync(resolve(SHARED_DATA, 'long/IWM.csv'));

/** long/*.csv: `date,open,high,low,close,volume`, CRLF, already adjusted → close only. */
export function loadLong(symbol: string): Bar[] {
  const text = readFileSync(resolve(SHARED_DATA, 'long', `${symbol}.csv`), 'utf8');
  const lines = text.split(/\r?\n/);
  const header = (lines[0] as string).split(',');
  const dateCol = header.indexOf('date');
  const closeCol = header.indexOf('close');
  return lines
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => {
      const c = l.split(',');
      return { date: c[dateCol] as string, close: Number(c[closeCol]) };
    });
}

/** prices/*.csv (Yahoo export): `Date,Open,High,Low,Close,Adj Close,Volume`; 'null' rows dropped. */
export function loadYahoo(symbol: string): Bar[] {
  const text = readFileSync(resolve(SHARED_DATA, 'prices', `${symbol}.csv`), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.length > 0 && !l.includes('null'))
    .map((l) => {
      const c = l.split(',');
      return { date: c[0] as string, close: Number(c[4]), adjClose: Number(c[5]) };
    });
}
