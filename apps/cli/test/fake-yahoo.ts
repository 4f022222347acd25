/**
 * Test-only fetch that answers like Yahoo (no network): the chart v8 endpoint — weekdays 2022-01-03..2024-12-31,
 * smooth made-up prices per symbol, 404 with Yahoo's body for symbols it does not know — and the valuation
 * handshake: the cookie URL (404 + `A3`), getcrumb (needs the cookie) and quote v7 (needs cookie + crumb;
 * IWM trailing P/E 18.42, SPY 27.31, market date 2024-12-31). Counts requests.
 */
import { valuationAnswer } from './fake-yahoo-quote.ts';

const KNOWN: Record<string, number> = { IWM: 180, SPY: 450, '^RUT': 1900 };

function weekdays(fromSec: number, toSec: number): number[] {
  const out: number[] = [];
  const start = Math.max(Date.UTC(2022, 0, 3), fromSec * 1000);
  const end = Math.min(Date.UTC(2024, 11, 31), toSec * 1000);
  for (let t = Date.UTC(2022, 0, 3); t <= end; t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6 && t >= start - 86_400_000) out.push(t / 1000 + 15 * 3600); // 15:00Z = 10:00 New York
  }
  return out;
}

export interface FakeYahoo {
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  readonly calls: string[];
}

export function createFakeYahoo(): FakeYahoo {
  const calls: string[] = [];
  return {
    calls,
    async fetch(input, init) {
      calls.push(input);
      const url = new URL(input);
      const valuation = valuationAnswer(url, new Headers(init?.headers));
      if (valuation) return valuation;
      const symbol = decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
      const base = KNOWN[symbol];
      if (base === undefined) {
        const body = { chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } };
        return new Response(JSON.stringify(body), { status: 404, headers: { 'content-type': 'application/json' } });
      }
      const ts = weekdays(Number(url.searchParams.get('period1') ?? 0), Number(url.searchParams.get('period2') ?? 2e9));
      const close = ts.map((_t, i) => base * (1 + 0.0004 * i + 0.03 * Math.sin(i / 7 + base)));
      const meta = { symbol, currency: 'USD', exchangeTimezoneName: 'America/New_York', instrumentType: 'ETF' };
      const quote = { open: close, high: close, low: close, close, volume: ts.map(() => 1000) };
      const body = { chart: { result: [{ meta, timestamp: ts, indicators: { quote: [quote], adjclose: [{ adjclose: close }] } }], error: null } };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  };
}
