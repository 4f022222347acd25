import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSelfSignedCert, openSslAvailable } from './cert.ts';
import { DROPPED, type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { nyDate } from './ny-time.ts';
import { hasSharedData } from './paths.ts';

/** GET through the server as if `host` resolved to it (what Chromium's host-resolver rule does). */
function get(port: number, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; type: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: u.pathname + u.search, servername: u.hostname, headers: { host: u.host, ...headers }, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString('utf8');
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type'] ?? '') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!openSslAvailable() || !hasSharedData())('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({
      tls: makeSelfSignedCert(['finance.yahoo.com', 'query1.finance.yahoo.com']),
      pages: [{ url: 'https://finance.yahoo.com/quote/%5ERUT/', body: '<h1>Russell</h1>' }],
    });
  });
  afterAll(() => server.close());

  it('serves a page at its real URL, percent-encoding included', async () => {
    const r = await get(server.port, 'https://finance.yahoo.com/quote/%5ERUT/');
    expect(r).toMatchObject({ status: 200, body: '<h1>Russell</h1>' });
    expect(r.type).toContain('text/html');
  });

  it('serves real SPY history as chart JSON, honouring period1/period2', async () => {
    const p1 = Date.parse('2024-09-03T00:00:00Z') / 1000;
    const p2 = Date.parse('2024-09-07T00:00:00Z') / 1000;
    const r = await get(server.port, `https://query1.finance.yahoo.com/v8/finance/chart/SPY?period1=${p1}&period2=${p2}&interval=1d&events=div%7Csplit`);
    expect(r.status).toBe(200);
    const json = JSON.parse(r.body) as { chart: { result: { meta: { symbol: string }; timestamp: number[]; indicators: { quote: { close: number[] }[] } }[] } };
    const res = json.chart.result[0]!;
    expect(res.meta.symbol).toBe('SPY');
    expect(res.timestamp.map(nyDate)).toEqual(['2024-09-03', '2024-09-04', '2024-09-05', '2024-09-06']);
    // SPY closed at 552.08 on 2024-09-03 (as traded; the Yahoo export's Close column).
    expect(res.indicators.quote[0]!.close[0]).toBeCloseTo(552.08, 2);
    expect(server.chartRequests.at(-1)).toMatchObject({ symbol: 'SPY', status: 200, bars: 4 });
  });

  it('answers an unknown symbol with Yahoo 404 JSON, and ^ symbols URL-encoded', async () => {
    const r = await get(server.port, 'https://query1.finance.yahoo.com/v8/finance/chart/NOSUCH?interval=1d');
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toEqual({ chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } });
    const idx = await get(server.port, `https://query1.finance.yahoo.com/v8/finance/chart/%5ERUT?period1=${Date.parse('2024-09-12T00:00:00Z') / 1000}`);
    expect(idx.status).toBe(200);
  });

  it('injects faults on demand', async () => {
    server.setChartFault((s) => (s === 'SPY' ? 429 : null));
    const r = await get(server.port, 'https://query1.finance.yahoo.com/v8/finance/chart/SPY');
    server.setChartFault(null);
    expect(r).toMatchObject({ status: 429, body: 'Edge: Too Many Requests' });
  });

  it("'reset' drops the connection without an answer (a network failure), and records it", async () => {
    server.setChartFault((s) => (s === 'IWM' ? 'reset' : null));
    const dropped = get(server.port, 'https://query1.finance.yahoo.com/v8/finance/chart/IWM?interval=1d');
    await expect(dropped).rejects.toThrow(/socket hang up|ECONNRESET/);
    const other = await get(server.port, `https://query1.finance.yahoo.com/v8/finance/chart/SPY?period1=${Date.parse('2024-09-12T00:00:00Z') / 1000}`);
    server.setChartFault(null);
    expect(other.status).toBe(200);
    expect(server.chartRequests.filter((c) => c.symbol === 'IWM').at(-1)).toMatchObject({ status: DROPPED, bars: 0 });
  });

  it('blocks everything else and records it', async () => {
    const doc = await get(server.port, 'https://www.example.com/', { 'sec-fetch-dest': 'document' });
    const img = await get(server.port, 'https://s.yimg.com/logo.png', { 'sec-fetch-dest': 'image' });
    expect([doc.status, img.status]).toEqual([404, 204]);
    expect(server.blocked().map((b) => b.host)).toEqual(['www.example.com', 's.yimg.com']);
  });
});
