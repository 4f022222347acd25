/**
 * The CLI never hangs: a provider that accepts and never answers, or trickles its body, ends at --timeout; with a
 * cache the report is served from it, marked stale with the reason. Short --timeout values; what is asserted is
 * the outcome (exit code, output, stderr), never the elapsed time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeYahoo } from './fake-yahoo.ts';
import { type FakeYahooServer, startFakeYahooServer } from './fake-yahoo-server.ts';
import { runCli } from './run-cli.ts';

const at = (iso: string) => () => new Date(iso);
const BEFORE = at('2024-12-20T23:00:00Z');
const AFTER = at('2024-12-31T23:00:00Z');

/** A cache folder filled on 2024-12-20 with IWM, SPY and ^RUT, so a run on 2024-12-31 has a refresh due. */
async function filledCache(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rl-deadline-'));
  const yahoo = createFakeYahoo();
  for (const small of ['IWM', '^RUT']) {
    const r = await runCli(['report', '--small', small, '--cache-dir', dir, '--json'], { fetch: yahoo.fetch, now: BEFORE });
    expect(r.code).toBe(0);
  }
  return dir;
}

describe('rotation against a provider that never answers or trickles', () => {
  let hang: FakeYahooServer;
  let trickle: FakeYahooServer;
  beforeAll(async () => {
    hang = await startFakeYahooServer('hang');
    trickle = await startFakeYahooServer('trickle');
  });
  afterAll(async () => {
    await hang.close();
    await trickle.close();
  });

  it.each([['hang'], ['trickle']])('%s + a cached report: the cached report, marked stale with the reason, exit 0', async (mode) => {
    const dir = await filledCache();
    const server = mode === 'hang' ? hang : trickle;
    const env = { ROTATION_YAHOO_BASE_URL: server.baseUrl };
    const res = await runCli(['report', '--small', 'IWM', '--cache-dir', dir, '--timeout', '0.2', '--json'], { env, now: AFTER });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const source = JSON.parse(res.stdout).source;
    expect(source).toMatchObject({ stale: true, asOf: '2024-12-20' });
    expect(source.staleReason).toMatch(/^the last completed session is 2024-12-31; refresh failed: yahoo: no answer for (IWM|SPY) within 0\.2 s$/);
  });

  it('hang without a cache: one line naming the deadline, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-deadline-empty-'));
    const env = { ROTATION_YAHOO_BASE_URL: hang.baseUrl };
    const res = await runCli(['report', '--small', 'IWM', '--cache-dir', dir, '--timeout', '0.2'], { env, now: AFTER });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^rotation: yahoo: no answer for (IWM|SPY) within 0\.2 s, and no cached prices in .+ \(--timeout SECONDS waits longer\)\n$/);
  });

  it('scan: after the first timeout the provider is not asked again; every row comes from the cache, stale', async () => {
    const dir = await filledCache();
    const list = join(dir, 'w.txt');
    writeFileSync(list, 'IWM\n^RUT\n');
    const before = hang.calls.length;
    const env = { ROTATION_YAHOO_BASE_URL: hang.baseUrl };
    const res = await runCli(['scan', '--watchlist', list, '--cache-dir', dir, '--timeout', '0.2', '--json'], { env, now: AFTER });
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.stdout);
    expect(rows.map((r: { symbol: string; stale: boolean }) => [r.symbol, r.stale])).toEqual([
      ['IWM', true],
      ['^RUT', true],
    ]);
    expect(hang.calls.length - before).toBe(1);
  });
});

describe('--timeout', () => {
  it.each([
    ['0', '--timeout: 0 is out of range (0.1–600 seconds)'],
    ['abc', '--timeout: "abc" is not a number of seconds (e.g. 15 or 2.5)'],
    ['1e3', '--timeout: "1e3" is not a number of seconds (e.g. 15 or 2.5)'],
  ])('rejects %s (exit 2)', async (value, message) => {
    const res = await runCli(['report', '--small', 'IWM', '--timeout', value]);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`rotation: ${message}\n`);
  });
});

/** Tiingo-shaped answers for any symbol: weekdays of 2024 with made-up closes. */
function fakeTiingo(): { fetch: (url: string) => Promise<Response>; calls: string[] } {
  const calls: string[] = [];
  const rows: { date: string; close: number; adjClose: number }[] = [];
  for (let t = Date.UTC(2024, 0, 2); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    const close = 100 + (rows.length % 9);
    if (day !== 0 && day !== 6) rows.push({ date: new Date(t).toISOString(), close, adjClose: close });
  }
  const fetch = async (url: string) => {
    calls.push(url);
    return new Response(JSON.stringify(rows), { status: 200 });
  };
  return { calls, fetch };
}

describe('a keyed provider at its rate limit', () => {
  it("tiingo's 6th request in a run (a 72 s wait) fails at once with the wait named; nothing waits silently", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-tiingo-'));
    const list = join(dir, 'w.txt');
    writeFileSync(list, 'AAA\nBBB\nCCC\nDDD\nEEE\n');
    const tiingo = fakeTiingo();
    const env = { ROTATION_API_KEY: 'k' };
    const res = await runCli(['scan', '--watchlist', list, '--provider', 'tiingo', '--cache-dir', dir, '--json'], { env, fetch: tiingo.fetch, now: AFTER });
    expect(tiingo.calls).toHaveLength(5);
    expect(res.code).toBe(1);
    const rows = JSON.parse(res.stdout) as { symbol: string; error?: string }[];
    expect(rows.at(-1)).toMatchObject({ symbol: 'EEE', error: expect.stringMatching(/^tiingo: request limit reached; the next request for EEE may go in 7\d s, longer than the 15 s deadline$/) });
    expect(res.stderr).toMatch(/^rotation: EEE: tiingo: request limit reached; the next request for EEE may go in 7\d s, longer than the 15 s deadline\n$/);
  });
});
