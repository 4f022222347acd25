/** The built bundle dist/rotation.mjs (built here when missing): real process, real exit codes, no stack traces. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { HAS_PRICES, PRICES } from './shared-data.ts';

const CLI_ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(CLI_ROOT, 'dist', 'rotation.mjs');

const rotation = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BUNDLE, ...args], {
    encoding: 'utf8',
    cwd: mkdtempSync(join(tmpdir(), 'rl-bundle-')),
    env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(join(tmpdir(), 'rl-home-')), ...env },
  });

beforeAll(() => {
  // Always rebuild: a stale bundle would test yesterday's code (vite builds this in well under a second).
  execFileSync(process.execPath, [join(CLI_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: CLI_ROOT, stdio: 'ignore' });
}, 120_000);

describe('dist/rotation.mjs', () => {
  it('prints version and help', () => {
    const v = rotation(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/^rotation \d+\.\d+\.\d+\n$/);
    expect(rotation(['--help']).stdout).toContain('rotation report --small SYMBOL');
  });

  it('exits 2 with one line for an unknown flag, 1 for a missing file', () => {
    const bad = rotation(['report', '--small', 'IWM', '--nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('rotation: unknown flag --nope for report (see rotation report --help)\n');
    const missing = rotation(['report', '--small', 'IWM', '--data', 'no-such-dir']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('rotation: --data: folder not found: no-such-dir\n');
    expect(missing.stdout).toBe('');
  });

  it('offline without a cache: one line, exit 1, nothing written to the network', () => {
    const r = rotation(['report', '--small', 'IWM', '--offline'], { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'rl-xdg-')) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^rotation: offline: no cached prices for (IWM|SPY) in \/.+\/rotation-lens \(run once without --offline to fetch them\)\n$/);
  });

  it.skipIf(!HAS_PRICES)('prints the same JSON as the in-process run, without colour when piped', async () => {
    const args = ['report', '--small', '^RUT', '--large', '^GSPC', '--data', PRICES, '--as-of', '2024-06-28', '--json'];
    const proc = rotation(args);
    expect(proc.status).toBe(0);
    expect(proc.stdout).toBe((await runCli(args)).stdout);
    const text = rotation(args.slice(0, -1));
    expect(text.stdout).toMatch(/^\^RUT vs \^GSPC {2}as of 2024-06-28\n/);
    expect(text.stdout).not.toContain('\u001b[');
  });
});

describe.skipIf(!HAS_PRICES)('colour', () => {
  const args = ['report', '--small', 'IWM', '--data', PRICES];
  it('is used on a TTY', async () => {
    expect((await runCli(args, { stdoutIsTTY: true })).stdout).toContain('\u001b[');
  });
  it('is never used with NO_COLOR', async () => {
    expect((await runCli(args, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});
