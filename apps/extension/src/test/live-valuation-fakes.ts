/** Fakes for the worker's live valuation readings: a memory store and Yahoo's handshake + quote. */
import type { LiveValuationStore } from '@rotation-lens/market-data';

/** 2026-12-04 16:00 New York, the close of the quote's market day. */
export const MARKET_TIME = Date.UTC(2026, 11, 4, 21, 0) / 1000;

export function memoryStore(saved: unknown = null): LiveValuationStore & { saved: unknown } {
  const s = {
    saved,
    load: async () => s.saved,
    save: async (x: unknown) => {
      s.saved = x;
    },
  };
  return s;
}

/**
 * Yahoo-shaped answers (recorded shapes; see market-data fixtures): fc.yahoo.com's 404 with its cookie,
 * a crumb, then IWM and SPY trailing P/Es, and forward P/Es too when `forward`.
 */
export function yahooQuotes({ forward }: { forward: boolean }): typeof fetch {
  const quote = (symbol: string, trailingPE: number, forwardPE: number) => ({
    symbol,
    trailingPE,
    ...(forward ? { forwardPE } : {}),
    regularMarketTime: MARKET_TIME,
    exchangeTimezoneName: 'America/New_York',
  });
  return async (input) => {
    const url = String(input);
    if (url.startsWith('https://fc.yahoo.com')) return new Response('', { status: 404 });
    if (url.includes('/v1/test/getcrumb')) return new Response('crumbX1', { status: 200 });
    const result = [quote('IWM', 18.42, 15.1), quote('SPY', 27.31, 22.0)];
    return new Response(JSON.stringify({ quoteResponse: { result, error: null } }), { status: 200 });
  };
}
