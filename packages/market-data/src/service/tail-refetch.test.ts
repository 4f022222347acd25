import { describe, expect, it } from 'vitest';
import { cacheKey } from '../cache/bar-cache.ts';
import { ProviderUnavailable } from '../errors.ts';
import { createMarketData } from './create-market-data.ts';
import { fakeProvider, sessionBars, setup } from '../test/fake-market.ts';

const MON_EVENING = '2024-03-11T21:30:00Z';
const TUE_EVENING = '2024-03-12T21:30:00Z';

describe('market-data service: tail overlap and full refetch', () => {
  it('a re-adjusted overlap bar (dividend/split) triggers a full refetch that replaces every bar', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    yahoo.history = sessionBars('2023-01-03', '2024-03-12', 0.99); // every adjClose scaled by a 1% dividend
    clock.set(TUE_EVENING);
    const r = await md.revalidate('SPY');
    expect(yahoo.requests.map((q) => q.from)).toEqual(['2023-03-11', '2024-03-11', '2023-03-12']);
    expect(r.asOf).toBe('2024-03-12');
    expect(r.bars[0]!.adjClose).toBeCloseTo(r.bars[0]!.close * 0.99, 9);
  });

  it('an unchanged overlap merges the tail without refetching', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const { md, clock } = setup([yahoo], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    yahoo.history = sessionBars('2023-01-03', '2024-03-12');
    clock.set(TUE_EVENING);
    await md.revalidate('SPY');
    expect(yahoo.requests).toHaveLength(2);
  });

  it('a tail from another provider (fallback) refetches the full history from it and drops the old entry', async () => {
    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const stooq = fakeProvider('stooq', sessionBars('2023-01-03', '2024-03-12'));
    const { md, clock, cache } = setup([yahoo, stooq], MON_EVENING, { history: { years: 1 } });
    await md.getBars('SPY');
    yahoo.failWith = new ProviderUnavailable('yahoo', 'SPY', 502);
    clock.set(TUE_EVENING);
    const r = await md.revalidate('SPY');
    expect(r).toMatchObject({ provider: 'stooq', asOf: '2024-03-12', stale: false });
    expect(stooq.requests.map((q) => q.from)).toEqual(['2024-03-11', '2023-03-12']);
    expect(await cache.get(cacheKey('yahoo', 'SPY'))).toBeNull();
    expect(await cache.get(cacheKey('stooq', 'SPY'))).not.toBeNull();
  });

  it('cached bars of a provider no longer in the user list are ignored (e.g. leaving the sample)', async () => {
    const sample = fakeProvider('sample', sessionBars('2023-01-03', '2024-03-11'), { simulated: true });
    const demo = setup([sample], MON_EVENING, { history: { years: 1 } });
    expect((await demo.md.getBars('SPY')).simulated).toBe(true);

    const yahoo = fakeProvider('yahoo', sessionBars('2023-01-03', '2024-03-11'));
    const real = createMarketData({ providers: [yahoo], cache: demo.cache, now: demo.clock.now, online: () => true });
    const r = await real.getBars('SPY');
    expect(r.provider).toBe('yahoo');
    expect(r.simulated).toBeUndefined();
    expect(yahoo.requests).toHaveLength(1);
  });
});
