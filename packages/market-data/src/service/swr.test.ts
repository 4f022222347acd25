import { describe, expect, it } from 'vitest';
import { cacheKey } from '../cache/bar-cache.ts';
import { fakeProvider, MINUTE, sessionBars, setup } from '../test/fake-market.ts';

// Monday 2024-03-11 after the close (20:00Z in EDT); history to that Monday.
const MON_EVENING = '2024-03-11T21:30:00Z';
const TUE_EVENING = '2024-03-12T21:30:00Z';

describe('market-data service: cache-first (stale-while-revalidate)', () => {
  it('no cache: fetches the full history once, stores it, not from cache', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2010-01-04', '2024-03-11'));
    const { md, cache } = setup([yahoo], MON_EVENING);
    const r = await md.getBars('spy');
    expect(r).toMatchObject({ symbol: 'SPY', provider: 'yahoo', asOf: '2024-03-11', stale: false, fromCache: false });
    expect(yahoo.requests.map(({ symbol, from, to }) => ({ symbol, from, to }))).toEqual([{ symbol: 'SPY', from: '2014-03-11', to: undefined }]);
    expect(r.bars[0]!.date).toBe('2014-03-11');
    const stored = await cache.get(cacheKey('yahoo', 'SPY'));
    expect(stored?.bars).toHaveLength(r.bars.length);
    expect(stored?.fetchedAt).toBe(MON_EVENING.replace('Z', '.000Z'));
  });

  it('up to date cache: served from cache, no network', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    clock.advance(20 * 60 * MINUTE); // Tuesday 17:30Z: Tuesday's session is not over yet
    const r = await md.getBars('SPY');
    expect(r).toMatchObject({ fromCache: true, stale: false, asOf: '2024-03-11' });
    expect(yahoo.requests).toHaveLength(1);
  });

  it('due: returns cached bars at once (stale, pending), then revalidate yields the tail-merged update', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock, cache } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    const first = await md.getBars('SPY');
    yahoo.history = sessionBars('2023-01-03', '2024-03-12'); // Tuesday's bar appears
    clock.set(TUE_EVENING);

    const quick = await md.getBars('SPY');
    expect(quick).toMatchObject({ fromCache: true, stale: true, asOf: '2024-03-11' });
    expect(quick.refreshError).toBeUndefined();
    expect(md.inflight).toBe(1);

    const fresh = await md.revalidate('SPY');
    expect(fresh).toMatchObject({ fromCache: false, stale: false, asOf: '2024-03-12' });
    expect(fresh.bars).toHaveLength(first.bars.length + 1);
    expect(md.inflight).toBe(0);
    // Only the tail was asked for, overlapping the last cached bar by one.
    expect(yahoo.requests.map((r) => r.from)).toEqual(['2023-03-11', '2024-03-11']);
    expect((await cache.get(cacheKey('yahoo', 'SPY')))?.bars.at(-1)?.date).toBe('2024-03-12');
    expect(await md.getBars('SPY')).toMatchObject({ fromCache: true, stale: false, asOf: '2024-03-12' });
  });

  it('network-first waits for the due refresh', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    yahoo.history = sessionBars('2023-01-03', '2024-03-12');
    clock.set(TUE_EVENING);
    expect(await md.getBars('SPY', { mode: 'network-first' })).toMatchObject({ fromCache: false, asOf: '2024-03-12' });
  });

  it('concurrent callers share one fetch (inflight counts it)', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    const calls = [md.getBars('SPY'), md.getBars('spy'), md.revalidate('SPY')];
    expect(md.inflight).toBe(0); // lookups are async; the fetch starts after the cache miss
    await Promise.resolve();
    const results = await Promise.all(calls);
    expect(yahoo.requests).toHaveLength(1);
    expect(new Set(results.map((r) => r.asOf))).toEqual(new Set(['2024-03-11']));
    expect(md.inflight).toBe(0);
  });

  it('forceRefresh fetches even when up to date and within the throttle', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    clock.advance(MINUTE);
    const r = await md.getBars('SPY', { forceRefresh: true });
    expect(r.fromCache).toBe(false);
    expect(yahoo.requests.map((q) => q.from)).toEqual(['2023-03-11', '2024-03-11']);
  });

  it('drops a not-yet-final intraday bar so it can never freeze in the cache', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-12'));
    const { md } = setup([yahoo], '2024-03-12T15:00:00Z', { history: { years: 1 } }); // Tuesday 11:00 in New York
    expect((await md.getBars('SPY')).asOf).toBe('2024-03-11');
  });

  it('an aborted caller rejects at once; the shared fetch still completes and fills the cache', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, cache } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    const ctrl = new AbortController();
    const p = md.getBars('SPY', { signal: ctrl.signal });
    ctrl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    await expect(md.getBars('SPY', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    await md.revalidate('SPY');
    expect(await cache.get(cacheKey('yahoo', 'SPY'))).not.toBeNull();
  });
});
