/** --as-of on a day without a session: the last session on or before it, said in the header and in JSON. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

/** Two series on the NYSE sessions 2024-06-03 … 2024-09-06 (a Friday): Juneteenth and July 4th are absent. */
function fridayDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-asof-'));
  const closed = new Set(['2024-06-19', '2024-07-04', '2024-09-02']);
  const dates: string[] = [];
  for (let d = new Date(Date.UTC(2024, 5, 3)); d <= new Date(Date.UTC(2024, 8, 6)); d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() % 6 !== 0 && !closed.has(iso)) dates.push(iso);
  }
  const csv = (f: (i: number) => number) => `Date,Close\n${dates.map((d, i) => `${d},${f(i).toFixed(4)}`).join('\n')}\n`;
  writeFileSync(join(dir, 'S.csv'), csv((i) => 100 + Math.sin(i / 3) * 4 + i * 0.1));
  writeFileSync(join(dir, 'L.csv'), csv((i) => 400 + Math.cos(i / 5) * 6 + i * 0.2));
  return dir;
}

const dir = fridayDir();
const report = (asOf: string, json = false) => runCli(['report', '--small', 'S', '--large', 'L', '--data', dir, '--as-of', asOf, '--window', '20', ...(json ? ['--json'] : [])]);

describe('--as-of on a non-session', () => {
  it('a Saturday right after the data (ending Friday) is that Friday, not "outside the data"', async () => {
    const res = await report('2024-09-07');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout.split('\n')[0]).toBe('S vs L  as of 2024-09-06 (2024-09-07 is a Saturday)');
  });

  it('a Sunday inside the data is the Friday before; JSON keeps the date asked for', async () => {
    const res = await report('2024-08-11', true);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout);
    expect(json.asOf).toBe('2024-08-09');
    expect(json.source.requestedAsOf).toBe('2024-08-11');
  });

  it('a holiday is the session before it, named', async () => {
    const res = await report('2024-07-04');
    expect(res.stdout.split('\n')[0]).toBe('S vs L  as of 2024-07-03 (2024-07-04 is Independence Day, market closed)');
  });

  it('a session date prints no note', async () => {
    expect((await report('2024-08-09')).stdout.split('\n')[0]).toBe('S vs L  as of 2024-08-09');
  });

  it('the Monday after a Friday data end is a session the data lacks: outside the data, exit 1', async () => {
    const res = await report('2024-09-09');
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('rotation: --as-of 2024-09-09 is outside the data: S and L have prices from 2024-06-03 to 2024-09-06\n');
  });

  it('scan says the same in its title', async () => {
    writeFileSync(join(dir, 'wl.txt'), 'S\n');
    const res = await runCli(['scan', '--watchlist', join(dir, 'wl.txt'), '--large', 'L', '--data', dir, '--as-of', '2024-09-08', '--window', '20']);
    expect(res.code).toBe(0);
    expect(res.stdout.split('\n')[0]).toBe('1 symbol vs L, as of 2024-09-06 (2024-09-08 is a Sunday)');
  });
});
