/**
 * TradingView: `/symbols/{EXCH}-{SYM}/` (NASDAQ-AAPL; SP-SPX → ^GSPC, TVC-RUT → ^RUT; TSE is Tokyo here).
 * Crypto and forex pairs (BITSTAMP-BTCUSD, FX-EURUSD) have no canonical equity symbol → null.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { symbolFromPath } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.tradingview;

export const tradingview: SiteAdapter = {
  id: 'tradingview',
  label: 'TradingView', // = SITE_LABELS.tradingview (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('tradingview'),
  symbolFromUrl: (url) => symbolFromPath(url, HOSTS, /^\/symbols\/([^/]+)/i, { site: 'tradingview' }),
  anchors: ['.tv-symbol-header h1', '[class*="symbolHeader"] h1', '[data-an-widget-id="symbol-header"] h1'],
  fallbackAnchors: ['main h1', 'h1'],
  articleRoots: ['article', '[class*="body-"]'],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.tradingview.com/symbols/NASDAQ-AAPL/', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.tradingview.com/symbols/SP-SPX/', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.tradingview.com/symbols/TVC-RUT/', symbol: '^RUT', kind: 'quote' },
  { url: 'https://www.tradingview.com/symbols/AMEX-IWM/technicals/', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.tradingview.com/symbols/NYSE-BRK.B/', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.tradingview.com/symbols/TSE-7203/', symbol: '7203.T', kind: 'quote' },
  { url: 'https://www.tradingview.com/symbols/BITSTAMP-BTCUSD/', symbol: null, kind: 'quote' },
  { url: 'https://www.tradingview.com/news/reuters.com,2024:newsml_L1N3J0000:0-small-caps/', symbol: null, kind: 'article' },
  { url: 'https://www.tradingview.com/chart/', symbol: null, kind: 'other' },
];
