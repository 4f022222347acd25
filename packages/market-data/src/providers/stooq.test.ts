import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadResponse, NeedsApiKey, ProviderUnavailable, RateLimited, UnknownSymbol } from '../errors.ts';
import { createStooqProvider, stooqSymbol } from './stooq.ts';
import { cannedFetch, fixture, type LocalServer, startLocalServer } from '../test/local-server.ts';

const ROUTES: Record<string, string> = {
  'spy.us': 'stooq-spy.csv',
  '^spx': 'stooq-spx.csv',
  'nope.us': 'stooq-no-data.txt',
  'busy.us': 'stooq-limit.txt',
  'key.us': 'stooq-key-page.html',
  'maint.us': 'stooq-maintenance.html',
  'bad.us': 'stooq-bad-row.csv',
};

describe('Stooq CSV provider', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((url) => {
      const s = new URL(url, 'http://x').searchParams.get('s') ?? '';
      if (s === 'down.us') return { status: 503, body: '' };
      const name = ROUTES[s];
      return name ? { body: fixture(name) } : null;
    });
  });
  afterAll(() => server.close());
  const stooq = (apiKey = 'k1') => createStooqProvider({ baseUrl: server.baseUrl, apiKey });

  it('maps canonical symbols to Stooq symbols', () => {
    expect(['SPY', '^GSPC', '^RUT', 'BRK-B', 'vod.l', '^FTSE'].map(stooqSymbol)).toEqual([
      'spy.us',
      '^spx',
      '^rut',
      'brk-b.us',
      'vod.l',
      '^ftse',
    ]);
  });

  it('parses the CSV (CRLF, with and without Volume) and cuts to the range', async () => {
    const s = await stooq().getDailyBars({ symbol: 'SPY', from: '2024-09-11' });
    expect(s.provider).toBe('stooq');
    expect(s.bars).toEqual([
      { date: '2024-09-11', open: 548.7, high: 555.36, low: 539.96, close: 554.42, volume: 75248608 },
      { date: '2024-09-12', open: 555.01, high: 559.4, low: 552.74, close: 559.09, volume: 51892736 },
    ]);
    expect(server.requests.at(-1)).toBe('/q/d/l/?s=spy.us&i=d&apikey=k1');
    const spx = await stooq().getDailyBars({ symbol: '^GSPC' });
    expect(spx.bars.map((b) => b.close)).toEqual([5554.13, 5595.76]);
    expect(server.requests.at(-1)).toContain('s=%5Espx');
  });

  it('needs a key and sends nothing without one', async () => {
    const f = cannedFetch({ body: fixture('stooq-spy.csv') });
    const p = createStooqProvider({ fetch: f.fetch });
    await expect(p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(NeedsApiKey);
    expect(f.urls).toHaveLength(0);
  });

  it('maps each HTTP-200 failure text to its typed error', async () => {
    await expect(stooq().getDailyBars({ symbol: 'NOPE' })).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(stooq().getDailyBars({ symbol: 'BUSY' })).rejects.toBeInstanceOf(RateLimited);
    await expect(stooq().getDailyBars({ symbol: 'KEY' })).rejects.toBeInstanceOf(NeedsApiKey);
    await expect(stooq().getDailyBars({ symbol: 'MAINT' })).rejects.toBeInstanceOf(BadResponse);
    const bad = await stooq().getDailyBars({ symbol: 'BAD' }).catch((e) => e);
    expect(bad).toBeInstanceOf(BadResponse);
    expect(bad.detail).toContain('line 2');
    await expect(stooq().getDailyBars({ symbol: 'DOWN' })).rejects.toBeInstanceOf(ProviderUnavailable);
  });
});
