/** Zacks: `/stock/quote/{SYM}` (+ sub-pages) and ETFs `/funds/etf/{SYM}/…`. Article tickers link `/stock/quote/X`. */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { symbolFromPath } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.zacks;

export const zacks: SiteAdapter = {
  id: 'zacks',
  label: 'Zacks', // = SITE_LABELS.zacks (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('zacks'),
  symbolFromUrl: (url) => symbolFromPath(url, HOSTS, /^\/(?:stock\/quote|funds\/etf)\/([^/]+)/i),
  anchors: ['#quote_ribbon_v2 h1', '.quote_ribbon h1', '#quote_ribbon_v2'],
  fallbackAnchors: ['main h1', 'h1'],
  articleRoots: ['#comtext', '.commentary_body', 'article'],
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.zacks.com/stock/quote/AAPL', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.zacks.com/stock/quote/BRK.B/detailed-earning-estimates', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.zacks.com/funds/etf/IWM/profile', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.zacks.com/stock/news/2300000/small-caps-rally', symbol: null, kind: 'article' },
  { url: 'https://www.zacks.com/stocks/zacks-rank', symbol: null, kind: 'other' },
];
