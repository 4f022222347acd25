/** --provider through the market-data service + file cache, with an injected Yahoo-shaped fetch (no network). */
import { mkdtempSync, readdirSync } from 'node:fs';
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
    expect(yahoo.calls.every((u) => u.includes('/v8/finance/chart/'))).toBe(true);
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

  it('an unknown symbol is one line, exit 1', async () => {
    const res = await runCli(['report', '--small', 'NOPE', '--provider', 'yahoo', '--cache-dir', cacheDir], { fetch: createFakeYahoo().fetch, now });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^rotation: yahoo: unknown symbol NOPE[^\n]*\n$/);
  });

  it('a provider needing a key never prints the key', async () => {
    const deny = () => Promise.resolve(new Response('{"detail":"Invalid token."}', { status: 401 }));
    const res = await runCli(['report', '--small', 'IWM', '--provider', 'tiingo', '--api-key', 'SECRET123', '--cache-dir', mkdtempSync(join(tmpdir(), 'rl-c-'))], { fetch: deny, now });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^rotation: tiingo: [^\n]+\n$/);
    expect(res.stderr).not.toContain('SECRET123');
  });

  it('a network failure with no cache is one line, exit 1', async () => {
    const res = await runCli(['report', '--small', 'IWM', '--provider', 'yahoo', '--cache-dir', mkdtempSync(join(tmpdir(), 'rl-c-'))], { fetch: refuse, now });
    expect(res.code).toBe(1);
    expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^rotation: offline: could not reach a data provider for (IWM|SPY)/);
  });
});
