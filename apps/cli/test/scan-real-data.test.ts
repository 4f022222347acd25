/** `rotation scan` on real prices: each row equals the naive recomputation; RS rating orders like its score. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { naiveReadYahoo } from './naive-csv.ts';
import { naiveAlign, naiveRsi, naiveStreak, naiveWindowReturns } from './naive-metrics.ts';
import { runCli } from './run-cli.ts';
import { HAS_PRICES, PRICES } from './shared-data.ts';

const load = (s: string) => naiveReadYahoo(readFileSync(join(PRICES, `${s}.csv`), 'utf8'));
const SYMBOLS = ['IWM', 'QQQ', 'AAPL', 'KO', 'TGLS', 'XLF', 'BRK-B', '^RUT'];
const AS_OF = '2024-06-28';

/** The RS rating's raw score: 0.4·C/C63 + 0.2·C/C126 + 0.2·C/C189 + 0.2·C/C252 on the symbol's own prices. */
function rsScore(symbol: string): number {
  const p = load(symbol)
    .filter((b) => b.date <= AS_OF)
    .map((b) => b.adjClose);
  const c = p[p.length - 1]!;
  const at = (n: number) => p[p.length - 1 - n]!;
  return 0.4 * (c / at(63)) + 0.2 * (c / at(126)) + 0.2 * (c / at(189)) + 0.2 * (c / at(252));
}

describe.skipIf(!HAS_PRICES)('rotation scan on real prices', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-scan-'));
  writeFileSync(join(dir, 'watch.txt'), `# mixed caps\n${SYMBOLS.join('\n')}\nZZZZ\n`);

  it('--json rows match a naive recomputation; the missing symbol is an error row and exit 1', async () => {
    const res = await runCli(['scan', '--watchlist', 'watch.txt', '--data', PRICES, '--as-of', AS_OF, '--json'], { cwd: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`rotation: ZZZZ: unknown symbol ZZZZ: no file ZZZZ.csv in ${PRICES}\n`);
    const rows = JSON.parse(res.stdout);
    expect(rows.map((r: { symbol: string }) => r.symbol)).toEqual([...SYMBOLS, 'ZZZZ']);
    expect(rows.at(-1)).toMatchObject({ symbol: 'ZZZZ', rs3m: null, rsRating: null });

    const spy = load('SPY');
    for (const row of rows.slice(0, -1)) {
      const pair = naiveAlign(load(row.symbol), spy, 'adjclose', AS_OF);
      const s = naiveWindowReturns(pair.small, pair.dates);
      const l = naiveWindowReturns(pair.large, pair.dates);
      expect(row.asOf).toBe('2024-06-28');
      expect(Math.abs(row.rs3m - ((1 + s['3M']!) / (1 + l['3M']!) - 1))).toBeLessThan(1e-9);
      expect(Math.abs(row.return1Y - s['1Y']!)).toBeLessThan(1e-9);
      expect(Math.abs(row.rsi - naiveRsi(pair.small)!)).toBeLessThan(1e-9);
      expect(row.streak).toBe(naiveStreak(pair).sessions);
      expect(row.rsRating).toBeGreaterThanOrEqual(1);
      expect(row.rsRating).toBeLessThanOrEqual(99);
    }
    const scored = rows.slice(0, -1).map((r: { symbol: string; rsRating: number }) => ({ rating: r.rsRating, score: rsScore(r.symbol) }));
    scored.sort((a: { score: number }, b: { score: number }) => a.score - b.score);
    for (let i = 1; i < scored.length; i++) expect(scored[i].rating).toBeGreaterThan(scored[i - 1].rating);
  });

  it('text mode prints a table sorted by RS rating with the error row last', async () => {
    const res = await runCli(['scan', '--watchlist', 'watch.txt', '--data', PRICES, '--as-of', AS_OF], { cwd: dir });
    const lines = res.stdout.split('\n');
    expect(lines[0]).toBe(`${SYMBOLS.length + 1} symbols vs SPY, as of ${AS_OF}`);
    expect(lines[2]).toMatch(/^Symbol\s+RS 3M\s+RS rating\s+Streak\s+RSI\s+1Y$/);
    const body = lines.slice(3, 3 + SYMBOLS.length + 1);
    expect(body.at(-1)).toMatch(/^ZZZZ\s+error: unknown symbol ZZZZ/);
    const ratings = body.slice(0, -1).map((l) => Number(l.trim().split(/\s+/)[2]));
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    expect(res.stdout).not.toContain('\u001b[');
  });

  it('progress bar goes to stderr only when stderr is a TTY', async () => {
    const tty = await runCli(['scan', '--watchlist', 'watch.txt', '--data', PRICES], { cwd: dir, stderrIsTTY: true });
    expect(tty.stderr).toContain('\r[');
    const pipe = await runCli(['scan', '--watchlist', 'watch.txt', '--data', PRICES], { cwd: dir });
    expect(pipe.stderr).not.toContain('\r');
  });
});
