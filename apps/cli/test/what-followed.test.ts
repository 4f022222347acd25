/**
 * "What followed" on the real IWM/SPY history (../shared/data/long): the JSON `analogs` in the issue's exact
 * shape with the streak study recomputed naively here (no core imports), the text section after the
 * verdict, --episodes, and `rotation breadth` against a naive count on ../shared/data/prices.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { naiveReadYahoo } from './naive-csv.ts';
import { runCli } from './run-cli.ts';
import { HAS_PRICES, PRICES, SHARED_DATA } from './shared-data.ts';

const LONG = join(SHARED_DATA, 'long');
const HAS_LONG = existsSync(join(LONG, 'IWM.csv'));

/** long/*.csv: date,open,high,low,close,volume. */
const readLong = (symbol: string) =>
  readFileSync(join(LONG, `${symbol}.csv`), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((l) => ({ date: l.split(',')[0]!, close: Number(l.split(',')[4]) }));

/** The streak study the obvious way: every run listed, the earlier ones as long dated where they reached L. */
function naiveStreakEpisodes(asOf: string): { date: string; threeMonths: number | null }[] {
  const spy = new Map(readLong('SPY').map((b) => [b.date, b.close]));
  const pair = readLong('IWM').filter((b) => spy.has(b.date) && b.date <= asOf);
  const s = pair.map((b) => b.close);
  const l = pair.map((b) => spy.get(b.date)!);
  const sign = (i: number) => Math.sign(s[i]! / s[i - 1]! - 1 - (l[i]! / l[i - 1]! - 1));
  const runs: { dir: number; start: number; end: number }[] = [];
  for (let i = 1; i < s.length; i++) {
    const last = runs.at(-1);
    if (sign(i) !== 0 && last && last.dir === sign(i) && last.end === i - 1) last.end = i;
    else if (sign(i) !== 0) runs.push({ dir: sign(i), start: i, end: i });
  }
  const current = runs.at(-1)!;
  const L = current.end - current.start + 1;
  const end = s.length - 1;
  return runs
    .slice(0, -1)
    .filter((r) => r.dir === current.dir && r.end - r.start + 1 >= L)
    .map((r) => r.start + L - 1)
    .map((t) => ({ date: pair[t]!.date, threeMonths: t + 63 <= end ? s[t + 63]! / l[t + 63]! / (s[t]! / l[t]!) - 1 : null }));
}

const report = (...extra: string[]) =>
  runCli(['report', '--small', 'IWM', '--large', 'SPY', '--data', LONG, '--as-of', '2026-01-12', ...extra]);

describe.skipIf(!HAS_LONG)('rotation report: what followed (real IWM/SPY, as of 2026-01-12)', () => {
  it('--json carries analogs in the issue’s shape; the streak study equals a naive recomputation', async () => {
    const res = await report('--json');
    expect(res.code).toBe(0);
    const { analogs } = JSON.parse(res.stdout);
    expect(Object.keys(analogs)).toEqual(['streak', 'overbought', 'breakout', 'firstFiveDays']);
    const s = analogs.streak;
    expect(Object.keys(s.episodes[0])).toEqual(['date', 'forward']);
    expect(Object.keys(s.episodes[0].forward)).toEqual(['1W', '1M', '3M', '6M']);
    expect(Object.keys(s.horizons['3M'])).toEqual(['n', 'wins', 'median', 'mean', 'min', 'max']);
    expect(Object.keys(s.baseline['3M'])).toEqual(['n', 'wins', 'median']);
    const naive = naiveStreakEpisodes('2026-01-12');
    expect(s.episodes.map((e: { date: string }) => e.date)).toEqual(naive.map((e) => e.date));
    s.episodes.forEach((e: { forward: Record<string, number | null> }, i: number) => {
      expect(Math.abs(e.forward['3M']! - naive[i]!.threeMonths!)).toBeLessThanOrEqual(1e-9);
    });
    expect(s.horizons['3M']).toMatchObject({ n: 24, wins: 8 });
    expect(analogs.overbought).toBeNull();
  });

  it('prints "What followed" right after the verdict, with the issue’s line and the record context', async () => {
    const res = await report();
    const lines = res.stdout.split('\n');
    const at = lines.indexOf(lines.find((l) => l.startsWith('What followed'))!);
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Verdict:')));
    expect(at).toBeLessThan(lines.findIndex((l) => l.includes('1W') && l.includes('YTD')));
    const section = lines.slice(at + 1, lines.indexOf('', at)).map((l) => l.trim());
    expect(section[0]).toBe('IWM: record close (also 2026-01-09)');
    expect(section.join(' ')).toContain(
      'IWM beat SPY 7+ sessions running 24 times since 2000; 3 months later IWM led in 8 (33%), median −1.0%; all 3-month windows: 49%, −0.15%',
    );
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it('--episodes lists every streak episode with its four horizons', async () => {
    const res = await report('--episodes');
    const lines = res.stdout.split('\n');
    const from = lines.indexOf('Episodes: Streak (24)');
    expect(from).toBeGreaterThan(0);
    const rows = lines.slice(from + 2, from + 26);
    expect(rows.map((r) => r.trim().slice(0, 10))).toEqual(naiveStreakEpisodes('2026-01-12').map((e) => e.date));
    expect(rows.every((r) => r.trim().split(/\s+/).length === 5)).toBe(true);
  });

  it('names a first record close after years', async () => {
    const res = await runCli(['report', '--small', 'IWM', '--large', 'SPY', '--data', LONG, '--as-of', '2024-11-06']);
    expect(res.stdout).toContain('  IWM: first record close since 2021-11-08');
  });
});

describe.skipIf(!HAS_PRICES)('rotation breadth (real prices)', () => {
  const SYMBOLS = ['IWM', 'QQQ', 'AAPL', 'KO', 'XLF', 'BRK-B'];
  const dir = mkdtempSync(join(tmpdir(), 'rl-breadth-'));
  writeFileSync(join(dir, 'watch.txt'), `${SYMBOLS.join('\n')}\nZZZZ\n`);
  const AS_OF = '2024-06-28';

  /** Each member's adjusted closes up to AS_OF, counted the obvious way. */
  function naiveCounts() {
    const series = SYMBOLS.map((s) =>
      naiveReadYahoo(readFileSync(join(PRICES, `${s}.csv`), 'utf8')).filter((b) => b.date <= AS_OF && Number.isFinite(b.adjClose)),
    );
    const date = series.map((s) => s.at(-1)!.date).sort().at(-1)!;
    const counted = series.filter((s) => s.length >= 2 && s.at(-1)!.date === date).map((s) => s.map((b) => b.adjClose));
    const up = counted.filter((p) => p.at(-1)! > p.at(-2)!).length;
    const above = counted.filter((p) => p.length >= 50 && p.at(-1)! > p.slice(-50).reduce((a, b) => a + b, 0) / 50).length;
    const high = counted.filter((p) => p.length >= 252 && p.at(-1)! >= Math.max(...p.slice(-252))).length;
    return { date, counted: counted.length, up, above, high };
  }

  it('--json: shares up, above the 50-day average and at a 52-week high equal a naive count; ZZZZ fails', async () => {
    const res = await runCli(['breadth', '--watchlist', 'watch.txt', '--data', PRICES, '--as-of', AS_OF, '--json'], { cwd: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('rotation: ZZZZ: unknown symbol ZZZZ');
    const j = JSON.parse(res.stdout);
    const n = naiveCounts();
    expect(j.breadth).toMatchObject({ date: n.date, counted: n.counted, advancing: n.up });
    expect(j.breadth.above50.count).toBe(n.above);
    expect(j.breadth.at52wHigh.count).toBe(n.high);
    expect(j.errors.map((e: { symbol: string }) => e.symbol)).toEqual(['ZZZZ']);
  });

  it('text: one line of counts and shares, the failure under it', async () => {
    const res = await runCli(['breadth', '--watchlist', 'watch.txt', '--data', PRICES, '--as-of', AS_OF], { cwd: dir });
    const n = naiveCounts();
    expect(res.stdout).toContain(`${n.up} of ${n.counted} up on ${n.date}`);
    expect(res.stdout).toContain(`${n.above} of ${n.counted} above their 50-day average`);
    expect(res.stdout).toMatch(/ZZZZ: error: unknown symbol/);
  });

  it('rejects --large and needs --watchlist', async () => {
    expect((await runCli(['breadth', '--data', PRICES])).stderr).toBe('rotation: breadth needs --watchlist FILE\n');
    const res = await runCli(['breadth', '--watchlist', 'w.txt', '--large', 'SPY']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown flag --large for breadth/);
  });
});
