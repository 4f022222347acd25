/**
 * The valuation side of the fake Yahoo: cookie → crumb → quote, in Yahoo's recorded shapes. The quote needs
 * the A3 cookie and the crumb, else 401 `Invalid Cookie` / `Invalid Crumb`, as Yahoo answers.
 */
const A3 = 'A3=d=AQABBFakeCliCookie&S=AQAAAFake';
const CRUMB = 'cliCrumb7x';
/** 2024-12-31 21:00 UTC: the close of the fake data's last session. */
const MARKET_TIME = Date.UTC(2024, 11, 31, 21) / 1000;
const PE: Record<string, { trailingPE: number; forwardPE?: number }> = { IWM: { trailingPE: 18.42 }, SPY: { trailingPE: 27.31 } };

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const unauthorized = (description: string) => json(401, { finance: { result: null, error: { code: 'Unauthorized', description } } });

/** The answer for a cookie, crumb or quote URL; null for anything else (the chart). */
export function valuationAnswer(url: URL, headers: Headers): Response | null {
  const cookie = headers.get('cookie') ?? '';
  if (url.hostname === 'fc.yahoo.com' || url.pathname === '/fc') {
    return new Response('<!DOCTYPE html><html><body>404</body></html>', { status: 404, headers: { 'set-cookie': `${A3}; Domain=.yahoo.com; Path=/; Secure` } });
  }
  if (url.pathname === '/v1/test/getcrumb') return cookie.includes(A3) ? new Response(CRUMB, { status: 200 }) : new Response('', { status: 403 });
  if (url.pathname !== '/v7/finance/quote') return null;
  if (!cookie.includes(A3)) return unauthorized('Invalid Cookie');
  if (url.searchParams.get('crumb') !== CRUMB) return unauthorized('Invalid Crumb');
  const symbols = (url.searchParams.get('symbols') ?? '').split(',');
  const result = symbols
    .filter((s) => PE[s])
    .map((symbol) => ({ symbol, quoteType: 'ETF', exchangeTimezoneName: 'America/New_York', regularMarketTime: MARKET_TIME, ...PE[symbol] }));
  return json(200, { quoteResponse: { result, error: null } });
}
