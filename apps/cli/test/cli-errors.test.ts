/** Every bad input → exactly one line `rotation: …` on stderr, nothing on stdout, exit 2 (usage) or 1 (data). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

/** A tiny folder of CSVs: GOOD/BIG are fine (40 weekdays), BAD has a bad close on line 4. */
function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
  const dates: string[] = [];
  for (let d = new Date(Date.UTC(2024, 0, 2)); dates.length < 40; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() % 6 !== 0) dates.push(d.toISOString().slice(0, 10));
  }
  const csv = (f: (i: number) => number) => `Date,Open,High,Low,Close,Adj Close,Volume\n${dates.map((d, i) => `${d},1,1,1,${f(i)},${f(i)},100`).join('\n')}\n`;
  writeFileSync(join(dir, 'GOOD.csv'), csv((i) => 100 + Math.sin(i) * 3));
  writeFileSync(join(dir, 'BIG.csv'), csv((i) => 200 + Math.cos(i) * 2));
  writeFileSync(join(dir, 'BAD.csv'), 'date,open,high,low,close,volume\r\n2024-01-02,1,1,1,10,5\r\n2024-01-03,1,1,1,11,5\r\n2024-01-04,1,1,1,-3,5\r\n');
  writeFileSync(join(dir, 'wl.txt'), 'GOOD\n');
  writeFileSync(join(dir, 'junk.txt'), 'GOOD\n$$$\n');
  writeFileSync(join(dir, 'SEMI.csv'), 'Date;Open;High;Low;Close;Adj Close;Volume\r\n2024-01-02;1;1;1;10,5;10,5;5\r\n');
  writeFileSync(join(dir, 'EMPTY.csv'), '');
  writeFileSync(join(dir, 'HEADER.csv'), 'Date,Open,High,Low,Close,Adj Close,Volume\n');
  writeFileSync(join(dir, 'BOM.csv'), `\uFEFF${csv((i) => 100 + i).replaceAll('\n', '\r\n')}`);
  return dir;
}

const dir = fixtureDir();

const CASES: [string, string[], number, RegExp][] = [
  ['unknown flag', ['report', '--small', 'GOOD', '--data', dir, '--fast'], 2, /^rotation: unknown flag --fast for report/],
  ['unknown command', ['rport'], 2, /^rotation: unknown command "rport"/],
  ['missing --small', ['report', '--large', 'BIG', '--data', dir], 2, /^rotation: report needs --small SYMBOL/],
  ['bad date', ['report', '--small', 'GOOD', '--data', dir, '--as-of', '2024-13-01'], 2, /^rotation: --as-of: "2024-13-01" is not a date/],
  ['window < 20', ['report', '--small', 'GOOD', '--data', dir, '--window', '5'], 2, /^rotation: --window: 5 is out of range/],
  ['bad --price', ['report', '--small', 'GOOD', '--data', dir, '--price', 'mid'], 2, /^rotation: --price: "mid"/],
  ['missing data folder', ['report', '--small', 'GOOD', '--data', join(dir, 'nope')], 1, /^rotation: --data: folder not found: /],
  ['unknown symbol', ['report', '--small', 'ZZZZ', '--large', 'BIG', '--data', dir], 1, /^rotation: unknown symbol ZZZZ: no file ZZZZ\.csv in /],
  ['bad CSV row', ['report', '--small', 'BAD', '--large', 'BIG', '--data', dir], 1, /^rotation: bad CSV row in BAD\.csv line 4 \(Close\): must be > 0, got -3\n$/],
  ['as-of before the data', ['report', '--small', 'GOOD', '--large', 'BIG', '--data', dir, '--as-of', '2023-06-01'], 1, /^rotation: --as-of 2023-06-01 is outside the data: GOOD and BIG have prices from 2024-01-02 to 2024-02-26\n$/],
  ['as-of after the data', ['report', '--small', 'GOOD', '--large', 'BIG', '--data', dir, '--as-of', '2030-01-02'], 1, /outside the data/],
  ['as-of the session after the data', ['report', '--small', 'GOOD', '--large', 'BIG', '--data', dir, '--as-of', '2024-02-27'], 1, /outside the data: GOOD and BIG have prices from 2024-01-02 to 2024-02-26/],
  ['as-of on the first date only', ['report', '--small', 'GOOD', '--large', 'BIG', '--data', dir, '--as-of', '2024-01-02'], 1, /^rotation: --as-of 2024-01-02 is too early: GOOD and BIG have fewer than 2 common sessions up to then\n$/],
  ['unknown flag with a guess', ['report', '--small', 'GOOD', '--data', dir, '--windw', '30'], 2, /^rotation: unknown flag --windw for report \(did you mean --window\?\)\n$/],
  ['junk watchlist line', ['scan', '--watchlist', join(dir, 'junk.txt'), '--data', dir], 1, /^rotation: .*junk\.txt line 2: "\$\$\$" is not a ticker symbol/],
  ['semicolon CSV (European Excel)', ['report', '--small', 'SEMI', '--large', 'BIG', '--data', dir], 1, /^rotation: not a price CSV: SEMI\.csv line 1: semicolon-separated .* "\." as the decimal point\n$/],
  ['empty CSV', ['report', '--small', 'EMPTY', '--large', 'BIG', '--data', dir], 1, /^rotation: not a price CSV: EMPTY\.csv line 1: the file is empty/],
  ['header-only CSV', ['report', '--small', 'HEADER', '--large', 'BIG', '--data', dir], 1, /^rotation: HEADER\.csv has no price rows\n$/],
  ['missing watchlist file', ['scan', '--watchlist', join(dir, 'none.txt'), '--data', dir], 1, /^rotation: --watchlist: file not found: /],
  ['scan benchmark unknown', ['scan', '--watchlist', join(dir, 'wl.txt'), '--large', 'NOPE', '--data', dir], 1, /^rotation: unknown symbol NOPE/],
];

describe('rotation errors', () => {
  it.each(CASES)('%s', async (_name, argv, code, message) => {
    const res = await runCli(argv);
    expect(res.code).toBe(code);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('offline with no cache says so in one line and exits 1', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'rl-empty-cache-'));
    const res = await runCli(['report', '--small', 'IWM', '--provider', 'yahoo', '--offline', '--cache-dir', cacheDir], {
      fetch: () => Promise.reject(new Error('the network must not be touched')),
    });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^rotation: offline: no cached prices for (IWM|SPY) in .+ \(run once without --offline to fetch them\)\n$/);
  });
});

describe('CSV files from Excel', () => {
  it('a UTF-8 BOM with CRLF reads like a plain file', async () => {
    const bom = await runCli(['report', '--small', 'BOM', '--large', 'BIG', '--data', dir, '--json', '--window', '20']);
    expect(bom.stderr).toBe('');
    expect(bom.code).toBe(0);
    expect(JSON.parse(bom.stdout).sessions).toBe(40);
  });
});

describe('help and version', () => {
  it('--help documents every command and flag with examples', async () => {
    const res = await runCli(['--help']);
    expect(res.code).toBe(0);
    for (const word of ['report', 'scan', '--small', '--large', '--data', '--provider', '--as-of', '--price', '--window', '--json', '--api-key', '--cache-dir', '--offline', '--watchlist', '--version', 'Examples:']) {
      expect(res.stdout).toContain(word);
    }
  });
  it('<cmd> --help and help <cmd> print the command help', async () => {
    expect((await runCli(['report', '--help'])).stdout).toMatch(/^rotation report/);
    expect((await runCli(['help', 'scan'])).stdout).toMatch(/^rotation scan/);
  });
  it('--version prints the package version', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^rotation \d+\.\d+\.\d+\n$/);
  });
});
