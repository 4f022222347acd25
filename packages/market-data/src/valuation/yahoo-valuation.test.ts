import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BadResponse, ProviderUnavailable, RateLimited, UnknownSymbol } from '../errors.ts';
import { type CannedAnswer, fixture, type LocalServer, startLocalServer } from '../test/local-server.ts';
import { readingDiscount } from './discount.ts';
import { createYahooValuationSource } from './yahoo-valuation.ts';

/**
 * A Yahoo-shaped server: `/fc` sets the A3 cookie (answering 404, as fc.yahoo.com does), getcrumb needs
 * that cookie, the quote needs cookie + the current crumb. `mode` switches the recorded failure answers.
 */
type Mode = 'ok' | 'forward' | 'expire-once' | 'expire-always' | 'busy' | 'consent' | 'consent-crumb' | 'missing-pe' | 'no-spy';
let mode: Mode = 'ok';
let crumbsIssued = 0;
let server: LocalServer;

const A3 = 'A3=d=AQABBBxMd2cCEFake&S=AQAAAKfake';
const hasCookie = (h: { cookie?: string | undefined }) => (h.cookie ?? '').includes('A3=d=AQABBBxMd2cCEFake');

beforeAll(async () => {
  server = await startLocalServer((url, headers): CannedAnswer | null => {
    if (url === '/fc') {
      if (mode === 'consent') return { status: 200, body: fixture('yahoo-consent.html'), headers: { 'content-type': 'text/html' } };
      return { status: 404, body: fixture('yahoo-fc-404.html'), headers: { 'set-cookie': `${A3}; Expires=Wed, 05 Dec 2027 21:00:00 GMT; Domain=.yahoo.com; Path=/; SameSite=None; Secure` } };
    }
    if (url === '/v1/test/getcrumb') {
      if (mode === 'consent-crumb') return { status: 200, body: fixture('yahoo-consent.html') };
      if (!hasCookie(headers)) return { status: 403, body: '' };
      crumbsIssued++;
      return { status: 200, body: `crumb${crumbsIssued}x`, headers: { 'content-type': 'text/plain;charset=utf-8' } };
    }
    if (url.startsWith('/v7/finance/quote?')) {
      const crumb = new URL(url, 'http://x').searchParams.get('crumb');
      if (mode === 'busy') return { status: 429, body: fixture('yahoo-429.txt'), headers: { 'retry-after': '30' } };
      if (!hasCookie(headers)) return { status: 401, body: fixture('yahoo-401-invalid-cookie.json') };
      const stale = mode === 'expire-always' || (mode === 'expire-once' && crumb === 'crumb1x');
      if (crumb !== `crumb${crumbsIssued}x` || stale) return { status: 401, body: fixture('yahoo-401-invalid-crumb.json') };
      if (mode === 'missing-pe') return { body: fixture('yahoo-quote-missing-pe.json') };
      if (mode === 'forward') return { body: fixture('yahoo-quote-iwm-spy-forward.json') };
      if (mode === 'no-spy') return { body: JSON.stringify({ quoteResponse: { result: [], error: null } }) };
      return { body: fixture('yahoo-quote-iwm-spy.json') };
    }
    return null;
  });
});
afterAll(() => server.close());
beforeEach(() => {
  mode = 'ok';
  crumbsIssued = 0;
  server.requests.length = 0;
});

const source = () => createYahooValuationSource({ baseUrl: server.baseUrl, cookieUrl: `${server.baseUrl}/fc` });
const pair = { small: 'iwm', large: 'SPY' };
const paths = () => server.requests.map((r) => r.replace(/crumb=[^&]+/, 'crumb=…'));

describe('Yahoo valuation source: cookie + crumb handshake, quote v7', () => {
  it('cookie (404 + A3), crumb with the cookie, quote with cookie and crumb → a dated trailing reading', async () => {
    const readings = await source().readings(pair);
    expect(paths()).toEqual(['/fc', '/v1/test/getcrumb', '/v7/finance/quote?symbols=IWM,SPY&crumb=…']);
    expect(readings).toEqual([
      {
        id: 'yahoo-2026-12-04-IWM-SPY-trailing',
        date: '2026-12-04',
        smallIndex: 'IWM',
        largeIndex: 'SPY',
        peSmall: 18.42,
        peLarge: 27.31,
        basis: 'trailing',
        source: 'Yahoo Finance, trailing P/E',
        url: 'https://finance.yahoo.com/quote/IWM',
        shipped: false,
      },
    ]);
    expect(readingDiscount(readings[0]!)).toBeCloseTo(1 - 18.42 / 27.31, 12);
  });

  it('a second call reuses the crumb (no new handshake)', async () => {
    const s = source();
    await s.readings(pair);
    await s.readings(pair);
    expect(paths().filter((p) => p === '/fc')).toHaveLength(1);
  });

  it('forward P/Es on both sides add a forward reading', async () => {
    mode = 'forward';
    const readings = await source().readings(pair);
    expect(readings.map((r) => [r.basis, r.peSmall, r.peLarge, r.source])).toEqual([
      ['trailing', 18.42, 27.31, 'Yahoo Finance, trailing P/E'],
      ['forward', 15.9, 22.4, 'Yahoo Finance, forward P/E'],
    ]);
  });

  it('401 Invalid Crumb → one new handshake and one retry', async () => {
    mode = 'expire-once';
    const readings = await source().readings(pair);
    expect(readings).toHaveLength(1);
    expect(paths()).toEqual([
      '/fc',
      '/v1/test/getcrumb',
      '/v7/finance/quote?symbols=IWM,SPY&crumb=…',
      '/fc',
      '/v1/test/getcrumb',
      '/v7/finance/quote?symbols=IWM,SPY&crumb=…',
    ]);
  });

  it('a second 401 is not retried again: ProviderUnavailable naming the refusal', async () => {
    mode = 'expire-always';
    const e = await source().readings(pair).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderUnavailable);
    expect((e as Error).message).toContain('Invalid Crumb');
    expect(paths().filter((p) => p.startsWith('/v7'))).toHaveLength(2);
  });

  it('429 Edge: Too Many Requests → RateLimited with Retry-After', async () => {
    mode = 'busy';
    const e = await source().readings(pair).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RateLimited);
    expect((e as RateLimited).retryAfter).toBe(30);
    expect((e as Error).message).toContain('Too Many Requests');
  });

  it('an HTML consent page instead of the cookie or the crumb → BadResponse, no quote request', async () => {
    for (const m of ['consent', 'consent-crumb'] as const) {
      mode = m;
      server.requests.length = 0;
      const e = await source().readings(pair).catch((x: unknown) => x);
      expect(e, m).toBeInstanceOf(BadResponse);
      expect((e as BadResponse).detail).toMatch(/HTML page \(a consent/);
      expect(paths().some((p) => p.startsWith('/v7'))).toBe(false);
    }
  });

  it('a missing trailingPE → BadResponse naming the symbol; a missing quote → UnknownSymbol', async () => {
    mode = 'missing-pe';
    const e = await source().readings(pair).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BadResponse);
    expect((e as BadResponse).detail).toBe('no trailingPE for IWM');
    mode = 'no-spy';
    expect(await source().readings(pair).catch((x: unknown) => x)).toBeInstanceOf(UnknownSymbol);
  });

  it('getcrumb without a cookie (a browser that dropped it) → ProviderUnavailable 403', async () => {
    const s = createYahooValuationSource({ baseUrl: server.baseUrl, cookieUrl: `${server.baseUrl}/nothing` });
    const e = await s.readings(pair).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderUnavailable);
    expect((e as ProviderUnavailable).status).toBe(403);
  });
});
