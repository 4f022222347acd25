/** `rotation report` valuation: manual P/Es, the live Yahoo reading (fake Yahoo, no network), shipped history, none. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakeYahoo } from './fake-yahoo.ts';
import { runCli } from './run-cli.ts';
import { SHARED_DATA } from './shared-data.ts';

const LONG = join(SHARED_DATA, 'long');
const HAS_LONG = existsSync(join(LONG, 'IWM.csv'));
const at = (iso: string) => () => new Date(iso);
const refuse = () => Promise.reject(new TypeError('fetch failed: the network must not be touched'));
const yahooArgs = (dir: string) => ['report', '--small', 'IWM', '--large', 'SPY', '--provider', 'yahoo', '--cache-dir', dir, '--json'];
const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe.runIf(HAS_LONG)('--data: the latest reading of the pair on or before --as-of', () => {
  it('IWM vs SPY --as-of 2026-01-12 → the January 2026 S&P 600 vs S&P 500 reading, 30.97%, forward, stale by December', async () => {
    const r = await runCli(['report', '--small', 'IWM', '--data', LONG, '--as-of', '2026-01-12', '--json'], { now: at('2026-12-07T15:00:00Z') });
    expect(r.stderr).toBe('');
    const v = json(r).valuation;
    expect(v).toMatchObject({ peSmall: 15.6, peLarge: 22.6, basis: 'forward', date: '2026-01-01', stale: true, published: true, smallIndex: 'S&P 600' });
    expect((v.discount * 100).toFixed(2)).toBe('30.97');
    expect(v.source).toMatch(/forward P\/E/);
    // The verdict carries it as context, never a vote.
    expect(json(r).regime.evidence.find((e: { metric: string }) => e.metric === 'valuation')).toMatchObject({ vote: 0 });
  });

  it('45 days after the reading it is current; 46 days after, stale (display time)', async () => {
    const run = (now: string) => runCli(['report', '--small', 'IWM', '--data', LONG, '--as-of', '2026-01-12', '--json'], { now: at(now) });
    expect(json(await run('2026-02-15T15:00:00Z')).valuation.stale).toBe(false);
    expect(json(await run('2026-02-16T15:00:00Z')).valuation.stale).toBe(true);
  });

  it('before any reading → null, and the text says why', async () => {
    const argv = ['report', '--small', 'IWM', '--data', LONG, '--as-of', '2025-06-30'];
    expect(json(await runCli([...argv, '--json'])).valuation).toBeNull();
    expect((await runCli(argv)).stdout).toContain('Valuation: n/a (no P/E reading for IWM vs SPY on or before 2025-06-30)');
  });

  it('--valuation none → null and no Valuation line', async () => {
    const argv = ['report', '--small', 'IWM', '--data', LONG, '--as-of', '2026-01-12', '--valuation', 'none'];
    expect(json(await runCli([...argv, '--json'])).valuation).toBeNull();
    expect((await runCli(argv)).stdout).not.toContain('Valuation');
  });
});

describe('--pe-small / --pe-large: the user’s own figures win', () => {
  it('manual P/Es with basis and date, ranked among the readings of the same pair and basis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-val-'));
    const r = await runCli([...yahooArgs(dir), '--pe-small', '15', '--pe-large', '20', '--pe-basis', 'trailing', '--pe-date', '2024-12-01'], {
      fetch: createFakeYahoo().fetch,
      now: at('2024-12-31T23:00:00Z'),
    });
    expect(r.stderr).toBe('');
    expect(json(r).valuation).toEqual({
      peSmall: 15,
      peLarge: 20,
      discount: 0.25,
      basis: 'trailing',
      date: '2024-12-01',
      source: 'your figures (--pe-small, --pe-large)',
      smallIndex: 'IWM',
      largeIndex: 'SPY',
      stale: false,
    });
  });

  it.each([
    [['--pe-small', '15'], '--pe-small needs --pe-large too'],
    [['--pe-small', 'abc', '--pe-large', '20'], '--pe-small: "abc" is not a number'],
    [['--pe-small', '0', '--pe-large', '20'], '--pe-small: 0 is not a P/E'],
    [['--pe-small', '15', '--pe-large', '20', '--pe-basis', 'ttm'], '--pe-basis: "ttm" is not one of forward, trailing'],
    [['--pe-basis', 'forward'], '--pe-basis needs --pe-small and --pe-large'],
    [['--valuation', 'off'], '--valuation: "off" is not one of none, auto'],
    [['--valuation', 'none', '--pe-small', '1', '--pe-large', '2'], '--valuation none cannot be combined'],
  ])('%j → usage error', async (extra, message) => {
    const r = await runCli(['report', '--small', 'IWM', '--provider', 'sample', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('--provider yahoo: the live reading, fetched at most once per session after the close', () => {
  it('handshake + quote, kept in the cache folder; the same evening reuses it; --offline reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-val-'));
    const yahoo = createFakeYahoo();
    const first = await runCli(yahooArgs(dir), { fetch: yahoo.fetch, now: at('2024-12-31T23:00:00Z') });
    expect(first.stderr).toBe('');
    const v = json(first).valuation;
    expect(v).toMatchObject({ peSmall: 18.42, peLarge: 27.31, basis: 'trailing', date: '2024-12-31', source: 'Yahoo Finance, trailing P/E', stale: false });
    expect(v.discount).toBeCloseTo(1 - 18.42 / 27.31, 12);
    expect(yahoo.calls.filter((u) => u.includes('/v7/finance/quote'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'valuation-live.json'), 'utf8')).readings).toHaveLength(1);

    const again = await runCli(yahooArgs(dir), { fetch: yahoo.fetch, now: at('2024-12-31T23:30:00Z') });
    expect(json(again).valuation).toEqual(v);
    expect(yahoo.calls.filter((u) => u.includes('/v7/finance/quote'))).toHaveLength(1);

    const offline = await runCli([...yahooArgs(dir), '--offline'], { fetch: refuse, now: at('2025-01-02T23:00:00Z') });
    expect(json(offline).valuation).toEqual(v);
  });

  it('a failed refresh keeps the last good reading and says so; with no reading at all, the text says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-val-'));
    const yahoo = createFakeYahoo();
    await runCli(yahooArgs(dir), { fetch: yahoo.fetch, now: at('2024-12-31T23:00:00Z') });
    const busy = async (input: string, init?: RequestInit) =>
      input.includes('/v7/finance/quote') ? new Response('Edge: Too Many Requests', { status: 429 }) : yahoo.fetch(input, init);
    const r = await runCli(yahooArgs(dir), { fetch: busy, now: at('2025-01-02T23:00:00Z') });
    expect(json(r).valuation).toMatchObject({ date: '2024-12-31', refreshError: expect.stringContaining('rate limited') });

    const empty = mkdtempSync(join(tmpdir(), 'rl-val-'));
    const text = await runCli(yahooArgs(empty).slice(0, -1), { fetch: busy, now: at('2024-12-31T23:00:00Z') });
    expect(text.code).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('Valuation: n/a (no P/E reading for IWM vs SPY on or before 2024-12-31; live refresh failed: yahoo: rate limited');
  });

  it('the history builds up: the next session’s reading is ranked among both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-val-'));
    const yahoo = createFakeYahoo();
    await runCli(yahooArgs(dir), { fetch: yahoo.fetch, now: at('2024-12-30T23:00:00Z') });
    const r = await runCli(yahooArgs(dir), { fetch: yahoo.fetch, now: at('2024-12-31T23:00:00Z') });
    expect(yahoo.calls.filter((u) => u.includes('/v7/finance/quote'))).toHaveLength(2);
    // Both fetches got the same fake market date, so the second replaced the first: one reading, no rank.
    expect(json(r).valuation.readings).toBeUndefined();
    expect(JSON.parse(readFileSync(join(dir, 'valuation-live.json'), 'utf8')).readings).toHaveLength(1);
  });
});
