import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../cache/memory-cache.ts';
import { createMarketData } from './create-market-data.ts';
import { fakeClock, fakeProvider, instantChain, MINUTE, sessionBars, setup } from '../test/fake-market.ts';

// The data ends 2024-09-12 (like ../shared/data) but "now" is much later: the refresh stays due forever.
const LATER = '2026-11-20T22:00:00Z';

describe('market-data service: refresh throttle', () => {
  it('a successful fetch of lagging data is not stale, and is not re-fetched within 15 minutes', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2020-01-02', '2024-09-12'));
    const { md, clock } = setup([yahoo], LATER, { history: { years: 10 } });
    const first = await md.getBars('SPY');
    expect(first).toMatchObject({ asOf: '2024-09-12', stale: false, fromCache: false });

    clock.advance(5 * MINUTE);
    expect(await md.getBars('SPY')).toMatchObject({ asOf: '2024-09-12', stale: false, fromCache: true });
    expect(await md.revalidate('SPY')).toMatchObject({ stale: false, fromCache: true });
    expect(yahoo.requests).toHaveLength(1);

    clock.advance(10 * MINUTE + 1); // 15 min after the attempt: due again
    const again = await md.getBars('SPY', { mode: 'network-first' });
    expect(again).toMatchObject({ stale: false, fromCache: false, asOf: '2024-09-12' });
    expect(yahoo.requests.map((r) => r.from)).toEqual(['2016-11-20', '2024-09-12']);
  });

  it('the throttle is persisted: a new service on the same cache (worker restart) waits too', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2020-01-02', '2024-09-12'));
    const clock = fakeClock(LATER);
    const cache = createMemoryCache();
    const options = { providers: [yahoo], cache, now: clock.now, online: () => true, chain: instantChain };
    await createMarketData(options).getBars('SPY');
    clock.advance(3 * MINUTE);
    expect(await createMarketData(options).getBars('SPY', { mode: 'network-first' })).toMatchObject({ stale: false, fromCache: true });
    expect(yahoo.requests).toHaveLength(1);
  });

  it('failed attempts are throttled too, and a restarted service still reports them as stale', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2020-01-02', '2024-09-12'));
    const clock = fakeClock(LATER);
    const cache = createMemoryCache();
    const options = { providers: [yahoo], cache, now: clock.now, online: () => true, chain: instantChain, minRefreshIntervalMs: 60 * MINUTE };
    await createMarketData(options).getBars('SPY');
    clock.advance(61 * MINUTE);
    yahoo.failWith = new TypeError('fetch failed');
    const failed = await createMarketData(options).getBars('SPY', { mode: 'network-first' });
    expect(failed).toMatchObject({ stale: true, refreshError: { kind: 'Offline' } });
    clock.advance(30 * MINUTE);
    const restarted = await createMarketData(options).getBars('SPY', { mode: 'network-first' });
    expect(restarted).toMatchObject({ stale: true, refreshError: { kind: 'Offline' }, asOf: '2024-09-12' });
    expect(yahoo.requests).toHaveLength(2);
  });

  it('an offline run is no attempt: the next online run refreshes at once (regression: the CLI after --offline)', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2020-01-02', '2024-09-12'));
    const clock = fakeClock(LATER);
    const cache = createMemoryCache();
    const base = { providers: [yahoo], cache, now: clock.now, chain: instantChain };
    await createMarketData({ ...base, online: () => true }).getBars('SPY');
    clock.advance(61 * MINUTE);
    const offline = await createMarketData({ ...base, online: () => false }).getBars('SPY', { mode: 'network-first' });
    expect(offline).toMatchObject({ stale: true, fromCache: true, refreshError: { kind: 'Offline' } });
    expect(yahoo.requests).toHaveLength(1);
    expect((await cache.get('yahoo:SPY'))?.refreshError).toBeUndefined();

    clock.advance(MINUTE);
    const online = await createMarketData({ ...base, online: () => true }).getBars('SPY', { mode: 'network-first' });
    expect(online).toMatchObject({ stale: false, fromCache: false });
    expect(yahoo.requests).toHaveLength(2);
  });

  it('custom minRefreshIntervalMs; forceRefresh bypasses it', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2020-01-02', '2024-09-12'));
    const { md, clock } = setup([yahoo], LATER, { minRefreshIntervalMs: 2 * MINUTE });
    await md.getBars('SPY');
    clock.advance(MINUTE);
    await md.getBars('SPY', { mode: 'network-first' });
    expect(yahoo.requests).toHaveLength(1);
    await md.getBars('SPY', { forceRefresh: true });
    expect(yahoo.requests).toHaveLength(2);
    clock.advance(3 * MINUTE);
    await md.getBars('SPY', { mode: 'network-first' });
    expect(yahoo.requests).toHaveLength(3);
  });
});
