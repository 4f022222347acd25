/**
 * Bad input gets a clear answer and the terminal stays the user's: decimal-only CSV numbers, control characters
 * from files and flags escaped, quoted input cut, a scan of thousands of failures summarised, cache files that
 * lie about their symbol or are folders, a series that never moves.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeControls } from '@rotation-lens/market-data';
import { fileNameForKey } from '@rotation-lens/market-data/node';
import { describe, expect, it } from 'vitest';
import { createFakeYahoo } from './fake-yahoo.ts';
import { LIVE_VALUATION_FILE } from '../src/valuation/live-file-store.ts';
import { runCli } from './run-cli.ts';

const ESC = '\u001b';
const HEADER = 'Date,Open,High,Low,Close,Adj Close,Volume';

/** `n` weekdays from 2023-01-02. */
function weekdays(n: number): string[] {
  const out: string[] = [];
  for (let d = new Date(Date.UTC(2023, 0, 2)); out.length < n; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() % 6 !== 0) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

const csv = (closes: (string | number)[]) => `${HEADER}\n${weekdays(closes.length).map((d, i) => `${d},1,1,1,${closes[i]},${closes[i]},100`).join('\n')}\n`;

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-bad-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const moving = (n: number) => Array.from({ length: n }, (_, i) => 100 + Math.sin(i / 3) * 5);

describe('CSV numbers and control characters', () => {
  it.each([['0x1F'], ['0b11'], ['0o7']])('a %s close is not a number (decimal only)', async (value) => {
    const dir = dataDir({ 'IWM.csv': csv([10, 11, value, 12]), 'SPY.csv': csv([1, 2, 3, 4]) });
    const res = await runCli(['report', '--small', 'IWM', '--data', dir]);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`rotation: bad CSV row in IWM.csv line 4 (Close): not a number: "${value}"\n`);
  });

  it('ESC, BEL and a bidi override from a file never reach the terminal; a long value is cut at 80', async () => {
    const evil = `${ESC}]0;owned\u0007${ESC}[2J\u202e${'A'.repeat(500)}`;
    const dir = dataDir({ 'IWM.csv': csv([10, evil, 12]), 'SPY.csv': csv([1, 2, 3]) });
    const res = await runCli(['report', '--small', 'IWM', '--data', dir]);
    expect(res.code).toBe(1);
    expect([...res.stderr].filter((ch) => ch !== '\n' && escapeControls(ch) !== ch)).toEqual([]);
    expect(res.stderr).toContain('not a number: "\\x1b]0;owned\\x07\\x1b[2J\\u202eAAAA');
    expect(res.stderr.length).toBeLessThan(200);
  });

  it('a watchlist entry and a flag value with ESC are shown escaped', async () => {
    const dir = dataDir({ 'w.txt': `IWM\n${ESC}[31mRED\n` });
    const scan = await runCli(['scan', '--watchlist', join(dir, 'w.txt'), '--data', dir]);
    expect(scan.code).toBe(1);
    expect(scan.stderr).toBe(`rotation: ${join(dir, 'w.txt')} line 2: "\\x1b[31mRED" is not a ticker symbol (e.g. IWM, ^RUT, BRK-B)\n`);
    const flag = await runCli(['report', '--small', `${ESC}[2J`]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('rotation: --small: "\\x1b[2J" is not a ticker symbol (e.g. IWM, ^RUT, BRK-B)\n');
  });
});

describe('scan with 10,000 unknown symbols', () => {
  it('names the first 20 failures and counts the rest, on stderr and under the table', async () => {
    const symbols = Array.from({ length: 10_000 }, (_, i) => `Z${String(i).padStart(4, '0')}`);
    const dir = dataDir({ 'SPY.csv': csv(moving(300)), 'w.txt': symbols.join('\n') });
    const res = await runCli(['scan', '--watchlist', join(dir, 'w.txt'), '--data', dir]);
    expect(res.code).toBe(1);
    const errLines = res.stderr.trimEnd().split('\n');
    expect(errLines).toHaveLength(21);
    expect(errLines[0]).toBe(`rotation: Z0000: unknown symbol Z0000: no file Z0000.csv in ${dir}`);
    expect(errLines[20]).toBe('rotation: … and 9980 more symbols failed (--json lists every one)');
    expect(res.stdout).toContain('… and 9980 more symbols failed (--json lists every one)');
    expect(res.stdout.split('\n').length).toBeLessThan(60);
  });
});

describe('a series that never moves', () => {
  it('says why correlation is missing (no variance) and warns of nothing', async () => {
    const dir = dataDir({ 'FLAT.csv': csv(Array.from({ length: 300 }, () => 50)), 'SPY.csv': csv(moving(300)) });
    const res = await runCli(['report', '--small', 'FLAT', '--data', dir]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Correlation (252d): n/a (no variance: FLAT or SPY did not move over the last');
    expect(res.stdout).not.toMatch(/oversold|needs 253/);
    expect(res.stdout).toMatch(/RSI\(14\): FLAT n\/a/);
  });
});

describe('cache files that cannot be trusted', () => {
  const now = () => new Date('2024-12-31T23:00:00Z');

  it('a file holding SPY under the name of IWM is absent, never a report of SPY against itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-lie-'));
    expect((await runCli(['report', '--small', 'IWM', '--cache-dir', dir], { fetch: createFakeYahoo().fetch, now })).code).toBe(0);
    copyFileSync(join(dir, fileNameForKey('yahoo:SPY')), join(dir, fileNameForKey('yahoo:IWM')));
    const res = await runCli(['report', '--small', 'IWM', '--cache-dir', dir, '--offline'], { now });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`rotation: offline: no cached prices for IWM in ${dir} (run once without --offline to fetch them)\n`);
  });

  it('a folder where a cache file should be: one warning line, the prices fetched again, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-eisdir-'));
    mkdirSync(join(dir, fileNameForKey('yahoo:IWM')));
    const yahoo = createFakeYahoo();
    const res = await runCli(['report', '--small', 'IWM', '--cache-dir', dir, '--json'], { fetch: yahoo.fetch, now });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe(`rotation: warning: cache entry ${join(dir, fileNameForKey('yahoo:IWM'))} is a folder, not a file: ignored (move it away to cache yahoo:IWM)\n`);
    expect(JSON.parse(res.stdout).source.stale).toBe(false);
    expect(yahoo.calls.some((u) => u.includes('/chart/IWM'))).toBe(true);
    // The prices' entries, and the live valuation readings the same run kept.
    expect(readdirSync(dir).sort()).toEqual([fileNameForKey('yahoo:IWM'), fileNameForKey('yahoo:SPY'), LIVE_VALUATION_FILE].sort());
  });
});
