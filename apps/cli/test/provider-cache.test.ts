/** --provider through the market-data service + file cache, with an injected Yahoo-shaped fetch (no network). */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakeYahoo } from './fake-yahoo.ts';
import { runCli } from './run-cli.ts';

const now = () => new Date('2024-12-31T23:00:00Z');
const refuse = () => Promise.reject(new TypeError('fetch failed: the network must not be touched'));

describe('rotation report --provider yahoo', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'rl-cache-'));
  const args = ['report', '--small', 'IWM', '--large', 'SPY', '--provider', 'yahoo', '--cache-dir', cacheDir, '--json'];

  it('fetches through the provider, fills the cache, then serves --offline from it', async () => {
    const yahoo = createFakeYahoo();
    const online = await runCli(args, { fetch: yahoo.fetch, now });
    expect(online.stderr).toBe('');
    expect(online.code).toBe(0);
    expect(yahoo.calls.length).toBeGreaterThanOrEqual(2);
    expect(yahoo.calls.filter((u) => u.includes('/v8/finance/chart/')).length).toBeGreaterThanOrEqual(2);
    expect(yahoo.calls.every((u) => /\/v8\/finance\/chart\/|fc\.yahoo\.com|\/v1\/test\/getcrumb|\/v7\/finance\/quote/.test(u))).toBe(true);
    const r = JSON.parse(online.stdout);
    expect(r.source).toMatchObject({ provider: 'yahoo', simulated: false, asOf: '2024-12-31', stale: false });
    expect(r.asOf).toBe('2024-12-31');
    expect(readdirSync(cacheDir).length).toBeGreaterThanOrEqual(2);

    const offline = await runCli([...args, '--offline'], { fetch: refuse, now });
    expect(offline.code).toBe(0);
    const o = JSON.parse(offline.stdout);
    expect(o.returns).toEqual(r.returns);
    expect(o.regime).toEqual(r.regime);
  });

  it('--offline with cached prices behind the market: the report, then a Stale line saying why', async () => {
    const later = () => new Date('2025-01-10T23:00:00Z');
    const res = await runCli([...args.slice(0, -1), '--offline'], { fetch: refuse, now: later });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('IWM vs SPY  as of 2024-12-31');
    expect(lines.slice(-2)).toEqual(['Stale: prices end 2024-12-31; the last completed session is 2025-01-10;', '       --offline: no refresh attempted']);
    const json = JSON.parse((await runCli([...args, '--offline'], { fetch: refuse, now: later })).stdout);
    expect(json.source).toMatchObject({ stale: true, asOf: '2024-12-31', staleReason: 'the last completed session is 2025-01-10; --offline: no refresh attempted' });
  });

  it('after --offline, an online run refreshes at once (an offline run is no attempt for the 15-minute throttle)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-cache-'));
    const at = (iso: string) => () => new Date(iso);
    const argv = ['report', '--small', 'IWM', '--provider', 'yahoo', '--cache-dir', dir, '--json'];
    expect((await runCli(argv, { fetch: createFakeYahoo().fetch, now: at('2024-12-20T23:00:00Z') })).code).toBe(0);
    expect((await runCli([...argv, '--offline'], { fetch: refuse, now: at('2024-12-31T23:00:00Z') })).code).toBe(0);
    const yahoo = createFakeYahoo();
    const online = await runCli(argv, { fetch: yahoo.fetch, now: at('2024-12-31T23:05:00Z') });
    expect(yahoo.calls.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(online.stdout).source).toMatchObject({ stale: false, asOf: '2024-12-31' });
  });

  it('a provider without its key says how the CLI takes one (not the extension options page)', async () => {
    const res = await runCli(['report', '--small', 'IWM', '--provider', 'tiingo', '--cache-dir', mkdtempSync(join(tmpdir(), 'rl-c-'))], { fetch: refuse, now });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('rotation: tiingo needs an API key: env ROTATION_API_KEY=KEY (or --api-key KEY)\n');
  });

  it('a --cache-dir that is a file is one line, not an internal error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rl-c-')), 'not-a-dir');
    writeFileSync(file, '');
    const res = await runCli(['report', '--small', 'IWM', '--provider', 'yahoo', '--cache-dir', file], { fetch: createFakeYahoo().fetch, now });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`rotation: --cache-dir: ${file} is not a folder\n`);
  });

  it('an unknown symbol is one line, exit 1', async () => {
    const res = await runCli(['report', '--small', 'NOPE', '--provider', 'yahoo', '--cache-dir', cacheDir], { fetch: createFakeYahoo().fetch, now });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^rotation: yahoo: unknown symbol NOPE[^\n]*\n$/);
  });

  it('a provider needing a key never prints the key', async () => {
    const deny = () => Promise.resolve(new Response('{"detail":"Invalid token."}', { status: 401 }));
    const res = await runCli(['report', '--small', 'IWM', '--provider', 'tiingo', '--api-key', 'SECRET123', '--cache-dir', mkdtempSync(join(tmpdir(), 'rl-c-'))], { fetch: deny, now });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('rotation: tiingo did not accept the API key (check env ROTATION_API_KEY or --api-key)\n');
    expect(res.stderr).not.toContain('SECRET123');
  });

  it('a network failure with no cache is one line, exit 1', async () => {
    const res = await runCli(['report', '--small', 'IWM', '--provider', 'yahoo', '--cache-dir', mkdtempSync(join(tmpdir(), 'rl-c-'))], { fetch: refuse, now });
    expect(res.code).toBe(1);
    expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^rotation: cannot reach yahoo for (IWM|SPY) \(network error\) and no cached prices in \/.+\n$/);
  });
});
