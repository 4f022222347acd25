import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadResponse, ProviderUnavailable, RateLimited, UnknownSymbol } from '../errors.ts';
import { dateInZone } from './session-date.ts';
import { cannedFetch, fixture, type LocalServer, startLocalServer } from '../test/local-server.ts';
import { createYahooProvider, yahooChartUrl } from './yahoo.ts';

describe('Yahoo chart v8 provider over a local HTTP server', () => {
  let server: LocalServer;
  let broken: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((url) => {
      if (url.startsWith('/v8/finance/chart/SPY?')) return { body: fixture('yahoo-spy-dst.json') };
      if (url.startsWith('/v8/finance/chart/%5ERUT?')) return { body: fixture('yahoo-rut-empty-range.json') };
      if (url.startsWith('/v8/finance/chart/NOPE?')) return { status: 404, body: fixture('yahoo-404.json') };
      if (url.startsWith('/v8/finance/chart/BUSY?')) {
        return { status: 429, body: fixture('yahoo-429.txt'), headers: { 'retry-after': '7' } };
      }
      if (url.startsWith('/v8/finance/chart/BOOM?')) return { status: 500, body: 'Internal Server Error' };
      if (url.startsWith('/v8/finance/chart/JUNK?')) return { body: fixture('yahoo-malformed.json') };
      if (url.startsWith('/v8/finance/chart/IWM?')) return { body: fixture('yahoo-spy-dst.json') };
      return null;
    });
    broken = await startLocalServer(() => ({ status: 503, body: 'down' }));
  });
  afterAll(async () => {
    await server.close();
    await broken.close();
  });

  const yahoo = () => createYahooProvider({ baseUrl: server.baseUrl });

  it('maps session opens to New York session dates across both 2024 DST switches, dropping null bars', async () => {
    const s = await yahoo().getDailyBars({ symbol: 'SPY' });
    expect(s.provider).toBe('yahoo');
    expect(s.currency).toBe('USD');
    expect(s.exchangeTimezone).toBe('America/New_York');
    expect(s.bars.map((b) => b.date)).toEqual([
      '2024-03-07',
      '2024-03-08',
      '2024-03-11',
      '2024-03-13',
      '2024-11-01',
      '2024-11-04',
      '2024-11-05',
    ]);
    // The duplicated 2024-11-05 timestamp keeps the later (live) bar.
    expect(s.bars.at(-1)).toMatchObject({ close: 576.9, volume: 41e6, adjClose: 568.25 });
    expect(s.bars[0]).toEqual({
      date: '2024-03-07',
      open: 510,
      high: 512.5,
      low: 509.1,
      close: 511.8,
      adjClose: 504.12,
      volume: 60e6,
    });
  });

  it('asks for the range with period1/period2 and URL-encodes ^', async () => {
    const p = yahoo();
    const s = await p.getDailyBars({ symbol: 'SPY', from: '2024-03-08', to: '2024-03-11' });
    expect(s.bars.map((b) => b.date)).toEqual(['2024-03-08', '2024-03-11']);
    const url = server.requests.at(-1)!;
    expect(url).toBe('/v8/finance/chart/SPY?period1=1709856000&period2=1710201600&interval=1d&events=div%7Csplit');
    expect(yahooChartUrl('https://h', '^GSPC', { symbol: '^GSPC' }, new Date(0))).toContain('/chart/%5EGSPC?');
  });

  it('returns no bars for a range without timestamps', async () => {
    const s = await yahoo().getDailyBars({ symbol: '^RUT', from: '2024-12-25', to: '2024-12-25' });
    expect(s.bars).toEqual([]);
  });

  it('maps 404 → UnknownSymbol, 429 → RateLimited(retryAfter), 500 → ProviderUnavailable', async () => {
    await expect(yahoo().getDailyBars({ symbol: 'NOPE' })).rejects.toBeInstanceOf(UnknownSymbol);
    const limited = await yahoo().getDailyBars({ symbol: 'BUSY' }).catch((e) => e);
    expect(limited).toBeInstanceOf(RateLimited);
    expect(limited.retryAfter).toBe(7);
    expect(limited.message).toContain('Too Many Requests');
    const down = await yahoo().getDailyBars({ symbol: 'BOOM' }).catch((e) => e);
    expect(down).toBeInstanceOf(ProviderUnavailable);
    expect(down.status).toBe(500);
  });

  it('maps malformed JSON and a symbol mismatch to BadResponse', async () => {
    await expect(yahoo().getDailyBars({ symbol: 'JUNK' })).rejects.toBeInstanceOf(BadResponse);
    const e = await yahoo().getDailyBars({ symbol: 'IWM' }).catch((x) => x);
    expect(e).toBeInstanceOf(BadResponse);
    expect(e.detail).toContain('got SPY');
  });

  it('falls back to the second host when the first is down', async () => {
    const p = createYahooProvider({ baseUrl: broken.baseUrl, fallbackBaseUrl: server.baseUrl });
    const s = await p.getDailyBars({ symbol: 'SPY' });
    expect(s.bars).toHaveLength(7);
    expect(broken.requests.length).toBeGreaterThan(0);
  });

  it('reports an unreachable host as ProviderUnavailable', async () => {
    const p = createYahooProvider({ baseUrl: 'http://127.0.0.1:1' });
    await expect(p.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(ProviderUnavailable);
  });
});

describe('Yahoo provider with an injected fetch', () => {
  it('defaults to query1 then query2', async () => {
    const f = cannedFetch({ status: 502, body: '' }, { body: fixture('yahoo-spy-dst.json') });
    const s = await createYahooProvider({ fetch: f.fetch }).getDailyBars({ symbol: 'spy' });
    expect(s.bars).toHaveLength(7);
    expect(f.urls[0]).toMatch(/^https:\/\/query1\.finance\.yahoo\.com\/v8\/finance\/chart\/SPY\?/);
    expect(f.urls[1]).toMatch(/^https:\/\/query2\.finance\.yahoo\.com\//);
  });

  it('rejects a chart whose arrays disagree in length, and values that are not numbers', async () => {
    const body = JSON.parse(fixture('yahoo-spy-dst.json'));
    body.chart.result[0].indicators.quote[0].close.pop();
    const f = cannedFetch({ body: JSON.stringify(body) });
    await expect(createYahooProvider({ fetch: f.fetch }).getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(
      BadResponse,
    );
    body.chart.result[0].indicators.quote[0].close.push('576.9');
    const g = cannedFetch({ body: JSON.stringify(body) });
    const e = await createYahooProvider({ fetch: g.fetch }).getDailyBars({ symbol: 'SPY' }).catch((x) => x);
    expect(e).toBeInstanceOf(BadResponse);
    expect(e.detail).toMatch(/chart\.result\.0\.indicators\.quote\.0\.close\.8/);
  });

  it('propagates an abort as the abort reason', async () => {
    const ac = new AbortController();
    const f = cannedFetch({ body: fixture('yahoo-spy-dst.json') });
    ac.abort(new DOMException('user left', 'AbortError'));
    await expect(
      createYahooProvider({ fetch: f.fetch }).getDailyBars({ symbol: 'SPY', signal: ac.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.urls).toHaveLength(0);
  });
});

describe('dateInZone', () => {
  it('uses the exchange zone, not UTC or the local zone', () => {
    // 2024-03-12T01:00Z is still the evening of 2024-03-11 in New York.
    expect(dateInZone(Date.UTC(2024, 2, 12, 1, 0), 'America/New_York')).toBe('2024-03-11');
    expect(dateInZone(Date.UTC(2024, 2, 12, 1, 0), 'Asia/Tokyo')).toBe('2024-03-12');
  });
});
