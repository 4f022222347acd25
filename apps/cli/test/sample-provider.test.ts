/** `--provider sample`: works with no network and no cache, and says SIMULATED everywhere. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const noNetwork = { fetch: () => Promise.reject(new Error('the network must not be touched')), now: () => new Date('2025-03-14T22:00:00Z') };

describe('rotation --provider sample', () => {
  it('text report is labelled SIMULATED, verdict first', async () => {
    const res = await runCli(['report', '--small', 'IWM', '--large', 'SPY', '--provider', 'sample', '--offline'], noNetwork);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const lines = res.stdout.split('\n');
    expect(lines[0]).toMatch(/^SIMULATED DATA/);
    expect(lines.findIndex((l) => l.startsWith('Verdict:'))).toBeLessThan(lines.findIndex((l) => l.includes('1W')));
    expect(res.stdout).toMatch(/Source: sample simulator \(SIMULATED\)/);
    expect(res.stdout).not.toContain('NaN');
  });

  it('JSON says "simulated": true and is deterministic for a fixed clock', async () => {
    const a = await runCli(['report', '--small', 'IWM', '--provider', 'sample', '--json'], noNetwork);
    const b = await runCli(['report', '--small', 'IWM', '--provider', 'sample', '--json'], noNetwork);
    expect(a.code).toBe(0);
    const r = JSON.parse(a.stdout);
    expect(r.source).toMatchObject({ provider: 'sample', simulated: true });
    expect(r.asOf <= '2025-03-14').toBe(true);
    expect(r.sessions).toBeGreaterThan(2000);
    expect(a.stdout).toBe(b.stdout);
  });

  it('scan over the simulator marks rows simulated', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rl-wl-'));
    writeFileSync(join(dir, 'w.json'), '{"name":"demo","symbols":["IWM","IJR","QQQ"]}');
    const res = await runCli(['scan', '--watchlist', 'w.json', '--provider', 'sample', '--json'], { ...noNetwork, cwd: dir });
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.stdout);
    expect(rows.map((r: { symbol: string }) => r.symbol)).toEqual(['IWM', 'IJR', 'QQQ']);
    expect(rows.every((r: { simulated: boolean }) => r.simulated)).toBe(true);
  });
});
