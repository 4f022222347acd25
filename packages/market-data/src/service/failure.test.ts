import { describe, expect, it } from 'vitest';
import { cacheKey } from '../cache/bar-cache.ts';
import { NeedsApiKey, Offline, ProviderUnavailable, RateLimited, TimedOut, UnknownSymbol } from '../errors.ts';
import { fakeProvider, MINUTE, sessionBars, setup } from '../test/fake-market.ts';

const MON_EVENING = '2024-03-11T21:30:00Z';
const TUE_EVENING = '2024-03-12T21:30:00Z';

describe('market-data service: failures', () => {
  it('a failed refresh keeps the last good data: stale, refreshError, asOf of the cached bars', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock, cache } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    const good = await md.getBars('SPY');
    clock.set(TUE_EVENING);
    yahoo.failWith = new RateLimited('yahoo', 'SPY', 30);

    const r = await md.getBars('SPY', { mode: 'network-first' });
    expect(r).toMatchObject({ stale: true, fromCache: true, asOf: '2024-03-11', refreshError: { kind: 'RateLimited' } });
    expect(r.bars).toEqual(good.bars);
    const stored = await cache.get(cacheKey('yahoo', 'SPY'));
    expect(stored?.bars).toEqual(good.bars);
    expect(stored?.checkedAt).toBe('2024-03-12T21:30:00.000Z');
    expect(stored?.refreshError?.kind).toBe('RateLimited');
  });

  it('a timed-out refresh serves the cached bars, stale, with the timeout as the reason (not "offline"), and is not retried', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    clock.set(TUE_EVENING);
    const before = yahoo.requests.length;
    yahoo.failWith = new TimedOut('yahoo', 'SPY', 15_000, 'yahoo: no answer for SPY within 15 s');
    const r = await md.getBars('SPY', { mode: 'network-first' });
    expect(r).toMatchObject({ stale: true, fromCache: true, asOf: '2024-03-11', refreshError: { kind: 'ProviderUnavailable', message: 'yahoo: no answer for SPY within 15 s' } });
    expect(yahoo.requests.length - before).toBe(1);
  });

  it('cache-first: the background failure shows up through revalidate(), and again while throttled', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    clock.set(TUE_EVENING);
    yahoo.failWith = new ProviderUnavailable('yahoo', 'SPY', 503);
    expect(await md.getBars('SPY')).toMatchObject({ stale: true, fromCache: true });
    expect(await md.revalidate('SPY')).toMatchObject({ stale: true, refreshError: { kind: 'ProviderUnavailable' } });
    const afterAttempt = yahoo.requests.length; // 1 + the chain's retries of the 503
    expect(afterAttempt).toBeGreaterThan(1);
    clock.advance(5 * MINUTE);
    expect(await md.getBars('SPY')).toMatchObject({ stale: true, refreshError: { kind: 'ProviderUnavailable' } });
    expect(await md.revalidate('SPY')).toMatchObject({ stale: true, refreshError: { kind: 'ProviderUnavailable' } });
    expect(yahoo.requests).toHaveLength(afterAttempt);
  });

  it('recovers once the provider answers again (after the throttle window)', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock, cache } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    clock.set(TUE_EVENING);
    yahoo.failWith = new ProviderUnavailable('yahoo', 'SPY', 500);
    await md.revalidate('SPY');
    yahoo.failWith = null;
    yahoo.history = sessionBars('2023-01-03', '2024-03-12');
    clock.advance(16 * MINUTE);
    const r = await md.revalidate('SPY');
    expect(r).toMatchObject({ stale: false, fromCache: false, asOf: '2024-03-12' });
    expect(r.refreshError).toBeUndefined();
    expect((await cache.get(cacheKey('yahoo', 'SPY')))?.refreshError).toBeUndefined();
  });

  it('offline with no cache: a network-level failure becomes the typed Offline error', async () => {
    const yahoo = fakeProvider('yahoo', []);
    yahoo.failWith = new ProviderUnavailable('yahoo', 'SPY', null, 'yahoo: network error (fetch failed)');
    const { md } = setup([yahoo], MON_EVENING);
    const err = await md.getBars('SPY').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Offline);
    expect(err).toMatchObject({ kind: 'Offline', symbol: 'SPY' });

    const raw = fakeProvider('yahoo', []);
    raw.failWith = new TypeError('fetch failed');
    await expect(setup([raw], MON_EVENING).md.getBars('SPY')).rejects.toBeInstanceOf(Offline);
  });

  it('device offline (online() false): Offline at once, without touching the network', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md } = setup([yahoo], MON_EVENING, { online: () => false });
    await expect(md.getBars('SPY')).rejects.toBeInstanceOf(Offline);
    expect(yahoo.requests).toHaveLength(0);
  });

  it('no cache + a non-network failure throws that typed error (UnknownSymbol, NeedsApiKey)', async () => {
    const yahoo = fakeProvider('yahoo', []);
    yahoo.failWith = new UnknownSymbol('yahoo', 'ZZZZ');
    const { md } = setup([yahoo], MON_EVENING);
    await expect(md.getBars('ZZZZ')).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(md.validateSymbol('ZZZZ')).rejects.toBeInstanceOf(UnknownSymbol);

    const tiingo = fakeProvider('tiingo', []);
    tiingo.failWith = new NeedsApiKey('tiingo', 'SPY');
    await expect(setup([tiingo], MON_EVENING).md.getBars('SPY')).rejects.toBeInstanceOf(NeedsApiKey);
  });

  it('junk symbols are rejected as UnknownSymbol before any request', async () => {
    const yahoo = fakeProvider('yahoo', []);
    const { md } = setup([yahoo], MON_EVENING);
    await expect(md.getBars('<b>hi</b>')).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(md.revalidate('')).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(md.validateSymbol('two words')).rejects.toBeInstanceOf(UnknownSymbol);
    expect(yahoo.requests).toHaveLength(0);
  });

  it('an empty answer for a full fetch is a BadResponse, not an empty series', async () => {
    const { md } = setup([fakeProvider('yahoo', [])], MON_EVENING);
    await expect(md.getBars('SPY')).rejects.toMatchObject({ kind: 'BadResponse' });
  });

  it('falls back to the next provider in the user order and stores under the one that answered', async () => {
    const yahoo = fakeProvider('yahoo', []);
    yahoo.failWith = new ProviderUnavailable('yahoo', 'SPY', 503);
    const stooq = fakeProvider('stooq', sessionBars('2023-01-03', '2024-03-11'));
    const { md, cache } = setup([yahoo, stooq], MON_EVENING, { history: { years: 1 } });
    const r = await md.getBars('SPY');
    expect(r.provider).toBe('stooq');
    expect(await cache.get(cacheKey('stooq', 'SPY'))).not.toBeNull();
    expect(await md.validateSymbol('SPY')).toEqual({ symbol: 'SPY', provider: 'stooq', asOf: '2024-03-11' });
  });
});
