import type { LiveValuationStore } from '@rotation-lens/market-data';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { refreshLiveReadings } from './live-valuation.ts';

function memoryStore(): LiveValuationStore & { saved: unknown } {
  const s = {
    saved: null as unknown,
    load: async () => s.saved,
    save: async (x: unknown) => {
      s.saved = x;
    },
  };
  return s;
}

/** Yahoo-shaped answers for the handshake and the quote (recorded shapes; see market-data fixtures). */
const yahoo: typeof fetch = async (input) => {
  const url = String(input);
  if (url.startsWith('https://fc.yahoo.com')) return new Response('', { status: 404 });
  if (url.includes('/v1/test/getcrumb')) return new Response('crumbX1', { status: 200 });
  const result = [
    { symbol: 'IWM', trailingPE: 18.42, regularMarketTime: 1796418000, exchangeTimezoneName: 'America/New_York' },
    { symbol: 'SPY', trailingPE: 27.31, regularMarketTime: 1796418000, exchangeTimezoneName: 'America/New_York' },
  ];
  return new Response(JSON.stringify({ quoteResponse: { result, error: null } }), { status: 200 });
};

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
