import { describe, expect, it } from 'vitest';
import { BadResponse, NeedsApiKey, RateLimited, UnknownSymbol } from '../errors.ts';
import { cannedFetch, fixture } from '../test/local-server.ts';
import { createTiingoProvider } from './tiingo.ts';

const tiingo = (body: string, status = 200, headers: Record<string, string> = {}) => {
  const f = cannedFetch({ status, body, headers });
  return { f, p: createTiingoProvider({ fetch: f.fetch, apiKey: 'tok', baseUrl: 'https://tiingo.test' }) };
};

describe('Tiingo daily prices provider', () => {
  it('reads session dates from the ISO timestamps, keeps adjClose, drops null closes', async () => {
    const { f, p } = tiingo(fixture('tiingo-spy.json'));
    const s = await p.getDailyBars({ symbol: 'SPY', from: '2024-09-01', to: '2024-09-13' });
    expect(s.bars).toEqual([
      { date: '2024-09-11', open: 548.7, high: 555.36, low: 539.96, close: 554.42, adjClose: 552.1, volume: 75248608 },
      { date: '2024-09-12', open: 555.01, high: 559.4, low: 552.74, close: 559.09, adjClose: 556.75, volume: 51892736 },
    ]);
    expect(f.urls[0]).toBe('https://tiingo.test/tiingo/daily/spy/prices?startDate=2024-09-01&endDate=2024-09-13&token=tok');
  });

  it('asks for all history when no from is given', async () => {
    const { f, p } = tiingo('[]');
    expect((await p.getDailyBars({ symbol: 'BRK-B' })).bars).toEqual([]);
    expect(f.urls[0]).toContain('/daily/brk-b/prices?startDate=1970-01-01&token=tok');
  });

  it('maps 404 detail → UnknownSymbol, 401/403 → NeedsApiKey, 429 → RateLimited, junk → BadResponse', async () => {
    await expect(tiingo(fixture('tiingo-404.json'), 404).p.getDailyBars({ symbol: 'NOPE' })).rejects.toBeInstanceOf(
      UnknownSymbol,
    );
    await expect(tiingo(fixture('tiingo-401.json'), 401).p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      NeedsApiKey,
    );
    await expect(tiingo('{"detail":"Invalid token."}', 200).p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      NeedsApiKey,
    );
    const limited = await tiingo('Too many requests', 429, { 'retry-after': '30' })
      .p.getDailyBars({ symbol: 'SPY' })
      .catch((e) => e);
    expect(limited).toBeInstanceOf(RateLimited);
    expect(limited.retryAfter).toBe(30);
    await expect(tiingo('[{"date":"yesterday","close":1}]').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      BadResponse,
    );
    await expect(tiingo('{"rows": []}').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(BadResponse);
  });

  it('needs a key before any request', async () => {
    const f = cannedFetch({ body: '[]' });
    await expect(createTiingoProvider({ fetch: f.fetch }).getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      NeedsApiKey,
    );
    expect(f.urls).toHaveLength(0);
  });
});
