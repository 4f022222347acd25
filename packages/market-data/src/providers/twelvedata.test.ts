import { describe, expect, it } from 'vitest';
import { BadResponse, NeedsApiKey, RateLimited, UnknownSymbol } from '../errors.ts';
import { cannedFetch, fixture } from '../test/local-server.ts';
import { createTwelveDataProvider, twelveDataSymbol } from './twelvedata.ts';

const td = (name: string, status = 200) => {
  const f = cannedFetch({ status, body: fixture(name) });
  return { f, p: createTwelveDataProvider({ fetch: f.fetch, apiKey: 'k2', baseUrl: 'https://td.test' }) };
};

describe('Twelve Data time_series provider', () => {
  it('turns newest-first string values into ascending, deduplicated bars', async () => {
    const { f, p } = td('twelvedata-spy.json');
    const s = await p.getDailyBars({ symbol: 'SPY', from: '2024-09-01' });
    expect(s.bars.map((b) => b.date)).toEqual(['2024-09-10', '2024-09-11', '2024-09-12']);
    expect(s.bars[2]).toEqual({
      date: '2024-09-12',
      open: 555.01,
      high: 559.40002,
      low: 552.73999,
      close: 559.09003,
      volume: 51892700,
    });
    expect(s.currency).toBe('USD');
    expect(f.urls[0]).toBe(
      'https://td.test/time_series?symbol=SPY&interval=1day&outputsize=5000&start_date=2024-09-01&apikey=k2',
    );
  });

  it('maps indices and class shares, and reads an index without volume', async () => {
    expect(['^GSPC', '^RUT', 'BRK-B', '^FTSE', 'VOD.L'].map(twelveDataSymbol)).toEqual([
      'SPX',
      'RUT',
      'BRK.B',
      null,
      null,
    ]);
    const { f, p } = td('twelvedata-spx.json');
    const s = await p.getDailyBars({ symbol: '^GSPC' });
    expect(s.bars).toEqual([{ date: '2024-09-12', open: 5557.47998, high: 5600.70996, low: 5535.5, close: 5595.75977 }]);
    expect(f.urls[0]).toContain('symbol=SPX&');
  });

  it('maps error codes to typed errors and "no data on these dates" to empty bars', async () => {
    await expect(td('twelvedata-404.json').p.getDailyBars({ symbol: 'NOPE' })).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(td('twelvedata-401.json').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(NeedsApiKey);
    await expect(td('twelvedata-429.json').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(RateLimited);
    const none = await td('twelvedata-no-dates.json').p.getDailyBars({ symbol: 'SPY', from: '2024-12-25', to: '2024-12-25' });
    expect(none.bars).toEqual([]);
    const mismatch = await td('twelvedata-spx.json').p.getDailyBars({ symbol: 'SPY' }).catch((e) => e);
    expect(mismatch).toBeInstanceOf(BadResponse);
    await expect(td('yahoo-404.json').p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(BadResponse);
  });
});
