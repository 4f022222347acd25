import { describe, expect, it } from 'vitest';
import { BadResponse, NeedsApiKey, ProviderUnavailable, RateLimited, UnknownSymbol } from '../errors.ts';
import { createAlphaVantageProvider } from '../providers/alphavantage.ts';
import { createStooqProvider } from '../providers/stooq.ts';
import { cannedFetch, errorText, SECRET } from '../test/local-server.ts';
import { createTwelveDataProvider } from '../providers/twelvedata.ts';
import { createSampleProvider } from '../sample/sample-provider.ts';
import { type ChainAttempt, createProviderChain } from './provider-chain.ts';
import { scriptedProvider, series, virtualClock } from '../test/net.ts';

const fail = (e: Error) => () => Promise.reject(e);

describe('provider chain', () => {
  it('coalesces two concurrent callers for the same symbol+range into one fetch', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const yahoo = scriptedProvider('yahoo', [
      async (req) => {
        await gate;
        return series('yahoo', req.symbol);
      },
    ]);
    const chain = createProviderChain([yahoo], { rateLimits: { yahoo: { perMinute: 1000, burst: 100 } } });
    const a = chain.getDailyBars({ symbol: 'IWM', from: '2024-01-01' });
    const b = chain.getDailyBars({ symbol: 'iwm', from: '2024-01-01' });
    const other = chain.getDailyBars({ symbol: 'IWM', from: '2023-01-01' });
    await Promise.resolve();
    expect(chain.inflight).toBe(2);
    release();
    const [ra, rb] = await Promise.all([a, b, other]);
    expect(yahoo.calls).toHaveLength(2); // IWM 2024 once (shared) + IWM 2023
    expect(ra).toEqual(rb);
    expect(ra!.bars).not.toBe(rb!.bars);
  });

  it('rate-limits each provider with its own token bucket', async () => {
    const clock = virtualClock();
    const yahoo = scriptedProvider('yahoo', [(req) => series('yahoo', req.symbol)]);
    const chain = createProviderChain([yahoo], { ...clock, rateLimits: { yahoo: { perMinute: 12, burst: 2 } } });
    for (const s of ['A', 'B', 'C', 'D']) await chain.getDailyBars({ symbol: s });
    expect(yahoo.calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([5000, 5000]);
  });

  it('retries transient errors with exponential backoff + jitter, honouring retryAfter', async () => {
    const clock = virtualClock();
    const attempts: ChainAttempt[] = [];
    const yahoo = scriptedProvider('yahoo', [
      fail(new ProviderUnavailable('yahoo', 'SPY', 503)),
      fail(new ProviderUnavailable('yahoo', 'SPY', 503)),
      fail(new RateLimited('yahoo', 'SPY', 3)),
      (req) => series('yahoo', req.symbol),
    ]);
    const chain = createProviderChain([yahoo], {
      ...clock,
      retries: 3,
      baseDelayMs: 100,
      random: () => 0.5,
      rateLimits: {},
      onAttempt: (a) => attempts.push(a),
    });
    const s = await chain.getDailyBars({ symbol: 'SPY' });
    expect(s.provider).toBe('yahoo');
    expect(yahoo.calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([150, 250, 3000]);
    expect(attempts.map((a) => a.outcome)).toEqual(['ProviderUnavailable', 'ProviderUnavailable', 'RateLimited', 'ok']);
  });

  it('falls back in order on NeedsApiKey, BadResponse and exhausted retries; skips unsupported symbols', async () => {
    const clock = virtualClock();
    const attempts: string[] = [];
    const tiingo = scriptedProvider('tiingo', [(r) => series('tiingo', r.symbol)], { supports: () => false });
    const stooq = scriptedProvider('stooq', [fail(new NeedsApiKey('stooq', 'SPY'))]);
    const yahoo = scriptedProvider('yahoo', [fail(new ProviderUnavailable('yahoo', 'SPY', 500))]);
    const av = scriptedProvider('alphavantage', [fail(new BadResponse('alphavantage', 'SPY', 'junk'))]);
    const sample = scriptedProvider('sample', [(r) => series('sample', r.symbol, 42)]);
    const chain = createProviderChain([tiingo, stooq, yahoo, av, sample], {
      ...clock,
      retries: 1,
      random: () => 0,
      rateLimits: {},
      onAttempt: (a) => attempts.push(`${a.provider}:${a.outcome}`),
    });
    const s = await chain.getDailyBars({ symbol: 'SPY' });
    expect(s.provider).toBe('sample');
    expect(attempts).toEqual([
      'tiingo:skipped',
      'stooq:NeedsApiKey',
      'yahoo:ProviderUnavailable',
      'yahoo:ProviderUnavailable',
      'alphavantage:BadResponse',
      'sample:ok',
    ]);
    expect(clock.sleeps).toEqual([500]);
  });

  it('does not wait out a long retryAfter: moves to the next provider', async () => {
    const clock = virtualClock();
    const yahoo = scriptedProvider('yahoo', [fail(new RateLimited('yahoo', 'SPY', 3600))]);
    const sample = scriptedProvider('sample', [(r) => series('sample', r.symbol)]);
    const chain = createProviderChain([yahoo, sample], { ...clock, rateLimits: {} });
    expect((await chain.getDailyBars({ symbol: 'SPY' })).provider).toBe('sample');
    expect(yahoo.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('treats UnknownSymbol from an authoritative provider as final, from csv as "try the next"', async () => {
    const yahoo = scriptedProvider('yahoo', [fail(new UnknownSymbol('yahoo', 'NOPE'))]);
    const sample = scriptedProvider('sample', [(r) => series('sample', r.symbol)]);
    const chain = createProviderChain([yahoo, sample], { rateLimits: {} });
    await expect(chain.getDailyBars({ symbol: 'NOPE' })).rejects.toBeInstanceOf(UnknownSymbol);
    expect(sample.calls).toHaveLength(0);

    const csv = scriptedProvider('csv', [fail(new UnknownSymbol('csv', 'IWM'))]);
    const chain2 = createProviderChain([csv, sample], { rateLimits: {} });
    expect((await chain2.getDailyBars({ symbol: 'IWM' })).provider).toBe('sample');
  });

  it('when all fail, reports the most useful error (not NeedsApiKey when something else failed)', async () => {
    const clock = virtualClock();
    const stooq = scriptedProvider('stooq', [fail(new NeedsApiKey('stooq', 'SPY'))]);
    const yahoo = scriptedProvider('yahoo', [fail(new ProviderUnavailable('yahoo', 'SPY', 502))]);
    const chain = createProviderChain([stooq, yahoo], { ...clock, retries: 0, rateLimits: {} });
    await expect(chain.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(ProviderUnavailable);
    const onlyKeys = createProviderChain([stooq], { rateLimits: {} });
    await expect(onlyKeys.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(NeedsApiKey);
    const none = createProviderChain([scriptedProvider('tiingo', [], { supports: () => false })]);
    await expect(none.getDailyBars({ symbol: '^GSPC' })).rejects.toBeInstanceOf(UnknownSymbol);
  });

  it('propagates an abort during a backoff wait without trying further providers', async () => {
    const ac = new AbortController();
    const yahoo = scriptedProvider('yahoo', [
      () => {
        ac.abort(new DOMException('user left', 'AbortError'));
        return Promise.reject(new ProviderUnavailable('yahoo', 'SPY', 503));
      },
    ]);
    const sample = scriptedProvider('sample', [(r) => series('sample', r.symbol)]);
    const chain = createProviderChain([yahoo, sample], { rateLimits: {} });
    await expect(chain.getDailyBars({ symbol: 'SPY', signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(sample.calls).toHaveLength(0);
  });

  it('never exposes the API key through the chain, with real keyed providers failing every way', async () => {
    const clock = virtualClock();
    const leaky = cannedFetch(
      { status: 429, body: `limit for ${SECRET}` },
      { status: 500, body: SECRET },
      { body: `{"Information":"key ${SECRET} is premium only"}` },
    );
    const opts = { fetch: leaky.fetch, apiKey: SECRET };
    const chain = createProviderChain(
      [createStooqProvider(opts), createAlphaVantageProvider(opts), createTwelveDataProvider(opts)],
      { ...clock, retries: 1, rateLimits: {} },
    );
    const e = await chain.getDailyBars({ symbol: 'SPY' }).catch((x) => x);
    expect(leaky.urls.length).toBeGreaterThanOrEqual(3);
    expect(errorText(e)).not.toContain(SECRET);
  });

  it('works end to end with the sample provider as last resort', async () => {
    const yahoo = scriptedProvider('yahoo', [fail(new ProviderUnavailable('yahoo', 'IWM', null))]);
    const chain = createProviderChain([yahoo, createSampleProvider({ end: '2024-09-12' })], {
      retries: 0,
      rateLimits: {},
    });
    const s = await chain.getDailyBars({ symbol: 'IWM', from: '2024-09-01' });
    expect(s.simulated).toBe(true);
    expect(s.bars.map((b) => b.date)).toEqual(['2024-09-03', '2024-09-04', '2024-09-05', '2024-09-06', '2024-09-09', '2024-09-10', '2024-09-11', '2024-09-12']);
  });
});
