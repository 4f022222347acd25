/** A watchlist symbol whose prices end years before the benchmark's: dated by its own end, left out of the rating. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

/** 400 weekdays from 2020-01-01; OLD stops after 300 of them. */
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'rl-behind-'));
  const dates: string[] = [];
  for (let t = new Date(Date.UTC(2020, 0, 1)); dates.length < 400; t.setUTCDate(t.getUTCDate() + 1)) {
    if (t.getUTCDay() % 6 !== 0) dates.push(t.toISOString().slice(0, 10));
  }
  const csv = (n: number, f: (i: number) => number) => `Date,Close\n${dates.slice(0, n).map((x, i) => `${x},${f(i).toFixed(4)}`).join('\n')}\n`;
  writeFileSync(join(d, 'BIG.csv'), csv(400, (i) => 100 + i * 0.05 + Math.sin(i / 4)));
  writeFileSync(join(d, 'A.csv'), csv(400, (i) => 50 + i * 0.08 + Math.cos(i / 5)));
  writeFileSync(join(d, 'B.csv'), csv(400, (i) => 70 - i * 0.02 + Math.sin(i / 3)));
  writeFileSync(join(d, 'OLD.csv'), csv(300, (i) => 10 + i * 0.5));
  writeFileSync(join(d, 'wl.txt'), 'A\nOLD\nB\n');
  return d;
}

describe('scan with a symbol whose prices end early', () => {
  const d = dir();
  const argv = ['scan', '--watchlist', join(d, 'wl.txt'), '--large', 'BIG', '--data', d, '--window', '20'];

  it('rates only the symbols that reach the scan date; the old one keeps its own date, rating null', async () => {
    const res = await runCli([...argv, '--json']);
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.stdout) as { symbol: string; asOf: string; rsRating: number | null }[];
    const old = rows.find((r) => r.symbol === 'OLD')!;
    expect(old.asOf < rows[0]!.asOf).toBe(true);
    expect(old.rsRating).toBeNull();
    expect(rows.filter((r) => r.symbol !== 'OLD').map((r) => r.rsRating).sort()).toEqual([1, 99]);
  });

  it('titles the scan with the benchmark date and says why the old row is not rated', async () => {
    const res = await runCli(argv);
    const lines = res.stdout.split('\n');
    expect(lines[0]).toMatch(/^3 symbols vs BIG, as of 2021-07-/);
    expect(res.stdout).toMatch(/\nOLD {5}prices end 2021-02-\d\d: its row is as of then, not rated\n/);
  });
});
