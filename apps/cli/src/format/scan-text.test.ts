import { describe, expect, it } from 'vitest';
import type { ScanRow } from '../commands/scan-rows.ts';
import { createColors } from './color.ts';
import { formatScanText } from './scan-text.ts';

const row = (symbol: string, rsRating: number | null, extra: Partial<ScanRow> = {}): ScanRow => ({
  symbol,
  rs3m: 0.05,
  rsRating,
  streak: 2,
  streakLongestSince: null,
  rsi: 55,
  return1Y: 0.1,
  asOf: '2024-06-28',
  simulated: false,
  stale: false,
  ...extra,
});

const failed = (symbol: string, error: string): ScanRow => ({ ...row(symbol, null), rs3m: null, streak: null, rsi: null, return1Y: null, asOf: null, error });

const HEADER = { name: null, large: 'SPY', asOf: '2024-06-28', sourceLabel: 'csv files in ./p', simulated: false };

describe('formatScanText', () => {
  it('sorts by RS rating and lists a failed symbol under the table (wrapped to 80 columns) without widening it', () => {
    const rows = [row('IWM', 15), failed('NOPE', 'unknown symbol NOPE: no file NOPE.csv in ./a/rather/long/folder/of/prices'), row('AAPL', 99)];
    const lines = formatScanText(rows, HEADER, createColors(false)).split('\n');
    expect(lines[0]).toBe('3 symbols vs SPY, as of 2024-06-28');
    expect(lines.slice(2, 5)).toEqual([
      'Symbol  RS 3M  RS rating  Streak   RSI      1Y',
      'AAPL    +5.0%         99      +2  55.0  +10.0%',
      'IWM     +5.0%         15      +2  55.0  +10.0%',
    ]);
    expect(lines.slice(5, 7)).toEqual(['NOPE    error: unknown symbol NOPE: no file NOPE.csv in', '        ./a/rather/long/folder/of/prices']);
    expect(lines.at(-1)).toBe('Source: csv files in ./p');
  });

  it('flags a row whose prices end before the scan date, under the table', () => {
    const rows = [row('IWM', 99), row('KO', null, { asOf: '2001-11-16' })];
    const lines = formatScanText(rows, HEADER, createColors(false)).split('\n');
    expect(lines[0]).toBe('2 symbols vs SPY, as of 2024-06-28');
    expect(lines[4]).toMatch(/^KO {6}\+5\.0% +n\/a/);
    expect(lines[5]).toBe('KO      prices end 2001-11-16: its row is as of then, not rated');
  });

  it('says "1 symbol" and prints no empty table when every symbol failed', () => {
    const text = formatScanText([failed('X', 'unknown symbol X')], { ...HEADER, name: 'Mine', asOf: null }, createColors(false));
    expect(text.split('\n').slice(0, 3)).toEqual(['Mine: 1 symbol vs SPY, as of n/a', '', 'X       error: unknown symbol X']);
    expect(text).not.toContain('RS rating');
  });
});
