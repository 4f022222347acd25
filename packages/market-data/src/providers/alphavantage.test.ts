import { describe, expect, it } from 'vitest';
import { BadResponse, NeedsApiKey, ProviderUnavailable, RateLimited, UnknownSymbol } from '../errors.ts';
import { alphaVantageSymbol, createAlphaVantageProvider } from './alphavantage.ts';
import { cannedFetch, fixture } from '../test/local-server.ts';

const av = (name: string, status = 200) => {
  const f = cannedFetch({ status, body: fixture(name) });
  return { f, p: createAlphaVantageProvider({ fetch: f.fetch, apiKey: 'k1', baseUrl: 'https://av.test' }) };
};

describe('Alpha Vantage TIME_SERIES_DAILY provider', () => {
  it('parses string values into ascending bars and builds the documented URL', async () => {
    const { f, p } = av('alphavantage-spy.json');
    const s = await p.getDailyBars({ symbol: 'SPY', from: '2024-09-11' });
    expect(s.bars).toEqual([
      { date: '2024-09-11', open: 548.7, high: 555.36, low: 539.96, close: 554.42, volume: 75248608 },
      { date: '2024-09-12', open: 555.01, high: 559.4, low: 552.74, close: 559.09, volume: 51892736 },
    ]);
    expect(f.urls[0]).toBe(
      'https://av.test/query?function=TIME_SERIES_DAILY&symbol=SPY&outputsize=compact&apikey=k1',
    );
    expect(alphaVantageSymbol('BRK-B')).toBe('BRK.B');
  });

  it('maps in-band Note / Information / Error Message by their text', async () => {
    const note = await av('alphavantage-note.json').p.getDailyBars({ symbol: 'SPY' }).catch((e) => e);
    expect(note).toBeInstanceOf(RateLimited);
    expect(note.retryAfter).toBe(60);
    await expect(av('alphavantage-info-limit.json').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      RateLimited,
    );
    await expect(av('alphavantage-info-premium.json').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      NeedsApiKey,
    );
    await expect(av('alphavantage-error.json').p.getDailyBars({ symbol: 'NOPE' })).rejects.toBeInstanceOf(
      UnknownSymbol,
    );
  });

  it('rejects a non-numeric value, malformed JSON and 5xx with typed errors', async () => {
    const bad = await av('alphavantage-bad-number.json').p.getDailyBars({ symbol: 'SPY' }).catch((e) => e);
    expect(bad).toBeInstanceOf(BadResponse);
    expect(bad.detail).toContain('4. close');
    await expect(av('yahoo-malformed.json').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(BadResponse);
    await expect(av('alphavantage-spy.json', 503).p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      ProviderUnavailable,
    );
  });

  it('needs a key, and does not support indices — both without a request', async () => {
    const f = cannedFetch({ body: fixture('alphavantage-spy.json') });
    await expect(createAlphaVantageProvider({ fetch: f.fetch }).getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      NeedsApiKey,
    );
    const p = createAlphaVantageProvider({ fetch: f.fetch, apiKey: 'k' });
    expect(p.supports('^GSPC')).toBe(false);
    expect(p.supports('BRK-B')).toBe(true);
    await expect(p.getDailyBars({ symbol: '^GSPC' })).rejects.toBeInstanceOf(UnknownSymbol);
    expect(f.urls).toHaveLength(0);
  });
});
