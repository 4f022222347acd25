import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { memoryStore, yahooQuotes } from '../test/live-valuation-fakes.ts';
import { refreshLiveReadings } from './live-valuation.ts';

const yahoo = yahooQuotes({ forward: false });

describe('refreshLiveReadings (worker)', () => {
  const now = () => new Date('2026-12-04T22:00:00Z');

  it('without the fc.yahoo.com permission nothing is fetched', async () => {
    let calls = 0;
    const r = await refreshLiveReadings(DEFAULT_SETTINGS, { store: memoryStore(), permitted: async () => false, now, fetch: async () => (calls++, new Response('')) });
    expect(r).toBeNull();
    expect(calls).toBe(0);
  });

  it("with it: the user's pair, a dated trailing reading kept in storage", async () => {
    const store = memoryStore();
    const r = await refreshLiveReadings(DEFAULT_SETTINGS, { store, permitted: async () => true, now, fetch: yahoo });
    expect(r?.fetched).toBe(true);
    expect(r?.readings).toMatchObject([{ date: '2026-12-04', smallIndex: 'IWM', largeIndex: 'SPY', basis: 'trailing', peSmall: 18.42, peLarge: 27.31 }]);
    expect((store.saved as { readings: unknown[] }).readings).toHaveLength(1);
  });
});
