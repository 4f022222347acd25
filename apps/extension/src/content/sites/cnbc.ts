/**
 * CNBC: `/quotes/{SYM}` (indices with a leading dot: `.SPX` → ^GSPC, `.RUT` → ^RUT), and the older
 * `/quotes/?symbol={SYM}` that older articles still link. Articles link `/quotes/X`.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { onHosts, pathSymbol, symbolFromPath } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.cnbc;

export const cnbc: SiteAdapter = {
  id: 'cnbc',
  label: 'CNBC', // = SITE_LABELS.cnbc (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('cnbc'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS)) return null;
    const symbol = /^\/quotes\/?$/.test(url.pathname) ? url.searchParams.get('symbol') : null;
    return symbol ? pathSymbol(symbol) : symbolFromPath(url, HOSTS, /^\/quotes\/([^/]+)/);
  },
  anchors: ['.QuoteStrip-quoteTitle h1', '.QuoteStrip-name', '[class*="QuoteStrip-quoteTitle"]'],
  fallbackAnchors: ['#quote-page-strip', 'main h1'],
  articleRoots: ['.ArticleBody-articleBody', '[data-module="ArticleBody"]', '.group'],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.cnbc.com/quotes/AAPL', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.cnbc.com/quotes/.SPX', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.cnbc.com/quotes/.RUT', symbol: '^RUT', kind: 'quote' },
  { url: 'https://www.cnbc.com/quotes/BRK.B?tab=news', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.cnbc.com/quotes/?symbol=COTY', symbol: 'COTY', kind: 'quote' },
  { url: 'https://www.cnbc.com/quotes/?symbol=.SPX&qsearchterm=spx', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.cnbc.com/quotes/', symbol: null, kind: 'other' },
  { url: 'https://www.cnbc.com/2024/07/11/small-caps-surge-russell-2000.html', symbol: null, kind: 'article' },
  { url: 'https://www.cnbc.com/markets/', symbol: null, kind: 'other' },
];
