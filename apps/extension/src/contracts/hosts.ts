/**
 * Where the extension may run and fetch. Content scripts run on the supported sites only (never an
 * all-URLs pattern); the worker fetches from the data providers' hosts only.
 */
export { CONTENT_SCRIPT_MATCHES } from './sites.ts';

/** Data providers' hosts (Yahoo chart v8 with its fallback host, Stooq, Alpha Vantage, Tiingo, Twelve Data). */
export const DATA_HOST_MATCHES: readonly string[] = [
  'https://query1.finance.yahoo.com/*',
  'https://query2.finance.yahoo.com/*',
  'https://stooq.com/*',
  'https://www.alphavantage.co/*',
  'https://api.tiingo.com/*',
  'https://api.twelvedata.com/*',
];

/** The one extra host of the live valuation readings (Yahoo's cookie): an optional permission. */
export const YAHOO_COOKIE_ORIGIN = 'https://fc.yahoo.com/*';
