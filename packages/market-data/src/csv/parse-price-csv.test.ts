import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError } from './csv-error.ts';
import { parsePriceCsv, parsePriceCsvDetailed } from './parse-price-csv.ts';

const YAHOO = [
  'Date,Open,High,Low,Close,Adj Close,Volume',
  '2024-01-02,100,101,99,100.5,98.25,1000',
  '2024-01-03,100.5,102,100,101.75,99.5,2000',
].join('\n');

const LOWER_CRLF = 'date,open,high,low,close,volume\r\n2024-01-02,1,2,0.5,1.5,10.0\r\n2024-01-03,1.5,2,1,1.75,20.0\r\n';

/** Expects a CsvError and returns it for field checks. */
function csvErrorOf(text: string): CsvError {
  try {
    parsePriceCsv(text, 'X.csv');
  } catch (e) {
    expect(e).toBeInstanceOf(CsvError);
    return e as CsvError;
  }
  throw new Error('expected a CsvError');
}

describe('parsePriceCsv formats', () => {
  it('reads the Yahoo export with Adj Close', () => {
    expect(parsePriceCsv(YAHOO, 'IWM.csv')).toEqual([
      { date: '2024-01-02', open: 100, high: 101, low: 99, close: 100.5, adjClose: 98.25, volume: 1000 },
      { date: '2024-01-03', open: 100.5, high: 102, low: 100, close: 101.75, adjClose: 99.5, volume: 2000 },
    ]);
  });

  it('reads the lowercase CRLF format without adjClose', () => {
    const bars = parsePriceCsv(LOWER_CRLF, 'SPY.csv');
    expect(bars).toHaveLength(2);
    expect(bars[1]).toEqual({ date: '2024-01-03', open: 1.5, high: 2, low: 1, close: 1.75, volume: 20 });
    expect(bars[0]).not.toHaveProperty('adjClose');
  });

  it('accepts quotes, a BOM, extra columns, other column orders and blank lines', () => {
    const text = '\uFEFF"Close","Ticker","Date"\n\n"10.5","SPY","2024-01-02"\n"11","SPY","2024-01-03"\n\n';
    expect(parsePriceCsv(text, 'q.csv')).toEqual([
      { date: '2024-01-02', close: 10.5 },
      { date: '2024-01-03', close: 11 },
    ]);
  });

  it('returns newest-first files ascending', () => {
    const text = 'date,close\n2024-01-04,3\n2024-01-03,2\n2024-01-02,1\n';
    expect(parsePriceCsv(text, 'd.csv').map((b) => b.close)).toEqual([1, 2, 3]);
  });

  it('skips all-null Yahoo rows and reports their lines', () => {
    const text = `${YAHOO}\n2024-01-04,null,null,null,null,null,null\n2024-01-05,1,1,1,1,1,1`;
    const parsed = parsePriceCsvDetailed(text, 'IWM.csv');
    expect(parsed.skippedLines).toEqual([4]);
    expect(parsed.bars.map((b) => b.date)).toEqual(['2024-01-02', '2024-01-03', '2024-01-05']);
  });

  it('reads pandas / yfinance midnight timestamps as dates, and rejects an intraday time', () => {
    const text = 'Date,Close\n2024-01-02 00:00:00-05:00,10\n2024-01-03 00:00:00-05:00,11\n';
    expect(parsePriceCsv(text, 'y.csv')).toEqual([
      { date: '2024-01-02', close: 10 },
      { date: '2024-01-03', close: 11 },
    ]);
    expect(() => parsePriceCsv('Datetime,Close\n2024-01-02 09:30:00-05:00,10\n', 'y.csv')).toThrow(/line 2 \(Date\): not a date \(YYYY-MM-DD\): "2024-01-02 09:30:00-05:00"/);
  });

  it('omits empty, null and zero open/high/low', () => {
    const text = 'Date,Open,High,Low,Close\n2024-01-02,0,null,,5\n';
    expect(parsePriceCsv(text, 'z.csv')).toEqual([{ date: '2024-01-02', close: 5 }]);
  });
});

describe('parsePriceCsv bad input names the line', () => {
  const cases: [string, string, number, string | undefined, RegExp][] = [
    ['non-numeric close', `${YAHOO}\n2024-01-04,1,1,1,abc,1,1`, 4, 'Close', /not a number: "abc"/],
    ['negative close', `${YAHOO}\n2024-01-04,1,1,1,-2,1,1`, 4, 'Close', /must be > 0/],
    ['zero close', 'date,close\r\n2024-01-02,0\r\n', 2, 'Close', /must be > 0/],
    ['null close beside numbers', `${YAHOO}\n2024-01-04,1,1,1,null,1,1`, 4, 'Close', /null/],
    ['bad adj close', `${YAHOO}\n2024-01-04,1,1,1,1,x,1`, 4, 'Adj Close', /not a number/],
    ['hex close', `${YAHOO}\n2024-01-04,1,1,1,0x1F,1,1`, 4, 'Close', /not a number: "0x1F"/],
    ['binary adj close', `${YAHOO}\n2024-01-04,1,1,1,1,0b11,1`, 4, 'Adj Close', /not a number: "0b11"/],
    ['octal volume', `${YAHOO}\n2024-01-04,1,1,1,1,1,0o7`, 4, 'Volume', /not a number: "0o7"/],
    ['Infinity open', `${YAHOO}\n2024-01-04,Infinity,1,1,1,1,1`, 4, 'Open', /not a number: "Infinity"/],
    ['ESC in a close, escaped and cut', `${YAHOO}\n2024-01-04,1,1,1,\u001b[2J${'9'.repeat(200)},1,1`, 4, 'Close', /not a number: "\\x1b\[2J9{76}…"$/],
    ['negative volume', `${YAHOO}\n2024-01-04,1,1,1,1,1,-5`, 4, 'Volume', /≥ 0/],
    ['bad date', 'date,close\n2024-02-30,1\n', 2, 'Date', /not a date/],
    ['short row', `${YAHOO}\n2024-01-04,1,1`, 4, undefined, /expected at least 7 fields/],
    ['duplicate date', `${YAHOO}\n2024-01-03,1,1,1,1,1,1`, 4, 'Date', /duplicate date 2024-01-03/],
    ['unsorted', 'date,close\n2024-01-02,1\n2024-01-04,1\n2024-01-03,1\n', 4, 'Date', /out of order/],
    ['unclosed quote', 'date,close\n"2024-01-02,1\n', 2, undefined, /unclosed quote/],
    ['text after a closing quote (not silently joined: "12"3 is no 123)', 'date,close\n2024-01-02,"12"3\n', 2, undefined, /text right after a closing quote/],
    ['missing close column', 'date,open\n2024-01-02,1\n', 1, undefined, /no Close column/],
    ['empty file', '\n\n', 1, undefined, /empty/],
  ];
  it.each(cases)('%s', (_name, text, line, column, reason) => {
    const e = csvErrorOf(text);
    expect(e.line).toBe(line);
    expect(e.column).toBe(column);
    expect(e.reason).toMatch(reason);
    expect(e.source).toBe('X.csv');
    expect(e.message).toContain(`X.csv line ${line}`);
  });
});

describe('parsePriceCsv says what to change in a file of another shape', () => {
  const YAHOO_SEMI = 'Date;Open;High;Low;Close;Adj Close;Volume\n2024-01-02;100,5;101;99;100,5;98,25;1000\n';
  it.each([
    ['semicolon-separated with decimal commas (European Excel)', YAHOO_SEMI, /semicolon-separated .*"\." as the decimal point/],
    ['tab-separated', YAHOO.replaceAll(',', '\t'), /tab-separated; save it comma-separated/],
    ['UTF-16 decoded as UTF-8', `\uFFFD\uFFFD${[...YAHOO].join('\u0000')}`, /UTF-16 encoded; save it as "CSV UTF-8/],
  ])('%s: one file-level error on the header line', (_name, text, reason) => {
    const e = csvErrorOf(text);
    expect(e.part).toBe('file');
    expect(e.line).toBe(1);
    expect(e.reason).toMatch(reason);
    expect(e.message).toMatch(/^not a price CSV: X\.csv line 1: /);
  });

  it.each([
    ['decimal comma', '"1,5"'],
    ['thousands separator', '"1,234.50"'],
  ])('a quoted price with a %s gets a hint', (_name, close) => {
    const e = csvErrorOf(`Date,Close\n2024-01-02,${close}\n`);
    expect(e.message).toBe(`bad CSV row in X.csv line 2 (Close): not a number: ${close} (use "." for decimals and no thousands separators)`);
  });

  it('a plain non-number gets no locale hint', () => {
    expect(csvErrorOf('Date,Close\n2024-01-02,abc\n').reason).toBe('not a number: "abc"');
  });

  it('an empty file and a bad header say so, naming the real header line', () => {
    expect(csvErrorOf('\uFEFF\n  \n').message).toBe('not a price CSV: X.csv line 1: the file is empty (expected a header such as Date,Open,High,Low,Close,Adj Close,Volume)');
    const e = csvErrorOf('\n\nDay,Price\n2024-01-02,1\n');
    expect(e.part).toBe('header');
    expect(e.message).toBe('bad CSV header in X.csv line 3: no Date column (expected e.g. Date,Open,High,Low,Close,Adj Close,Volume)');
  });

  it('reads a UTF-8 BOM + CRLF Excel export like the plain file', () => {
    expect(parsePriceCsv(`\uFEFF${YAHOO.replaceAll('\n', '\r\n')}\r\n`, 'IWM.csv')).toEqual(parsePriceCsv(YAHOO, 'IWM.csv'));
  });
});

const DATA = join(import.meta.dirname, '../../../../../shared/data');

describe.skipIf(!existsSync(DATA))('parsePriceCsv on real files', () => {
  it('reads every Yahoo export in prices/ with adjClose on every bar', () => {
    const text = readFileSync(join(DATA, 'prices', 'IWM.csv'), 'utf8');
    const bars = parsePriceCsv(text, 'IWM.csv');
    expect(bars.length).toBe(text.trim().split('\n').length - 1);
    expect(bars[0]!.date).toBe('2000-05-26');
    expect(bars.every((b) => b.adjClose !== undefined && b.adjClose > 0)).toBe(true);
  });

  it('reads the lowercase CRLF long/ files', () => {
    const bars = parsePriceCsv(readFileSync(join(DATA, 'long', 'SPY.csv'), 'utf8'), 'SPY.csv');
    expect(bars.length).toBe(8451);
    expect(bars[0]!.date).toBe('1993-01-29');
    expect(bars.at(-1)!.date).toBe('2026-08-26');
  });
});
