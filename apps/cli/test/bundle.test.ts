/** The built bundle dist/rotation.mjs (built here when missing): real process, real exit codes, no stack traces. */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeYahooServer, startFakeYahooServer } from './fake-yahoo-server.ts';
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

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Async on purpose: the fake server lives in this process and must keep answering while the CLI runs. */
const rotationAsync = (args: string[], env: Record<string, string>): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, [BUNDLE, ...args], { env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env }, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });

let server: FakeYahooServer;
beforeAll(async () => {
  server = await startFakeYahooServer();
});
afterAll(() => server?.close());

/**
 * The bundle against a local Yahoo-shaped HTTP server (127.0.0.1, no internet), pointed at it by
 * ROTATION_YAHOO_BASE_URL: real fetch, real file cache, then the same cache with the server gone and offline.
 */
describe('dist/rotation.mjs --provider yahoo with ROTATION_YAHOO_BASE_URL (local server)', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'rl-bundle-cache-'));
  const args = ['report', '--small', 'IWM', '--large', 'SPY', '--provider', 'yahoo', '--cache-dir', cacheDir];

  it('fetches over HTTP from the local server and names it in the footer', async () => {
    const r = await rotationAsync(args, { ROTATION_YAHOO_BASE_URL: server.baseUrl, ROTATION_YAHOO_COOKIE_URL: `${server.baseUrl}/fc` });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^IWM vs SPY {2}as of 2024-12-31\n/);
    expect(r.stdout).toContain(`Source: yahoo via ${server.baseUrl.slice('http://'.length)}, cache ${cacheDir}, data to 2024-12-31`);
    expect(server.calls.some((u) => u.includes('/v8/finance/chart/IWM'))).toBe(true);
    expect(server.calls.some((u) => u.includes('/v8/finance/chart/SPY'))).toBe(true);
    // The valuation handshake went to the same local server: cookie, crumb, then the quote.
    expect(server.calls.filter((u) => /\/fc$|getcrumb|\/v7\/finance\/quote/.test(u)).map((u) => new URL(u).pathname)).toEqual(['/fc', '/v1/test/getcrumb', '/v7/finance/quote']);
    expect(r.stdout).toContain('Valuation: trailing P/E IWM 18.4 vs SPY 27.3 → 32.6% discount');
  });

  it('offline from that cache: the cached report with a Stale line (the fake data ends 2024-12-31)', async () => {
    const before = server.calls.length;
    const r = await rotationAsync([...args, '--offline'], { ROTATION_YAHOO_BASE_URL: 'http://127.0.0.1:1' });
    expect(r.code).toBe(0);
    expect(server.calls.length).toBe(before);
    expect(r.stdout).toMatch(/\nStale: prices end 2024-12-31; the last completed session is \d{4}-\d{2}-\d{2};\n {7}--offline: no refresh attempted\n$/);
  });

  it('no server and no cache: one line naming the host, exit 1', async () => {
    const r = await rotationAsync(['report', '--small', 'IWM', '--cache-dir', mkdtempSync(join(tmpdir(), 'rl-empty-'))], { ROTATION_YAHOO_BASE_URL: 'http://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^rotation: cannot reach yahoo at 127\.0\.0\.1:1 for (IWM|SPY) \(network error\) and no cached prices in \/.+\n$/);
  });

  it('a server that accepts and never answers: the process ends at --timeout with one line, exit 1', async () => {
    const hang = await startFakeYahooServer('hang');
    try {
      const r = await rotationAsync(['report', '--small', 'IWM', '--timeout', '0.3', '--cache-dir', mkdtempSync(join(tmpdir(), 'rl-empty-'))], { ROTATION_YAHOO_BASE_URL: hang.baseUrl });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^rotation: yahoo: no answer for (IWM|SPY) within 0\.3 s, and no cached prices in \/.+\n$/);
    } finally {
      await hang.close();
    }
  });

  it('a malformed override is a usage error (exit 2) naming the variable', async () => {
    const r = await rotationAsync(args, { ROTATION_YAHOO_BASE_URL: '127.0.0.1:8080' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rotation: ROTATION_YAHOO_BASE_URL: "127.0.0.1:8080" is not an http(s) base URL (e.g. http://127.0.0.1:8080)\n');
  });
});
