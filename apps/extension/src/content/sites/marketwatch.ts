/**
 * MarketWatch: `/investing/{stock|fund|index}/{sym}` with optional `?countrycode=` (see lib/dow-jones.ts).
 * Articles live under `/story/…`.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { dowJonesSymbol } from './lib/dow-jones.ts';
import { onHosts } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.marketwatch;

export const marketwatch: SiteAdapter = {
  id: 'marketwatch',
  label: 'MarketWatch', // = SITE_LABELS.marketwatch (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('marketwatch'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS)) return null;
    const m = /^\/investing\/(stock|fund|index)\/([^/]+)/i.exec(url.pathname);
    return m ? dowJonesSymbol(m[2]!, m[1]!.toLowerCase(), url.searchParams.get('countrycode')) : null;
  },
  anchors: ['h1.company__name', '.company__name'],
  fallbackAnchors: ['.intraday__data', 'main h1'],
  // The microdata body ([itemprop=articleBody]) is the scanner's first generic landmark (scan/roots.ts).
  articleRoots: ['.article__body', '#js-article__body'],
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.marketwatch.com/investing/stock/aapl', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.marketwatch.com/investing/stock/brk.b?mod=search', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.marketwatch.com/investing/fund/iwm', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.marketwatch.com/investing/index/spx', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.marketwatch.com/investing/index/rut?countrycode=xx', symbol: '^RUT', kind: 'quote' },
  { url: 'https://www.marketwatch.com/investing/index/comp', symbol: '^IXIC', kind: 'quote' },
  { url: 'https://www.marketwatch.com/investing/stock/vod?countrycode=uk', symbol: 'VOD.L', kind: 'quote' },
  { url: 'https://www.marketwatch.com/investing/stock/abc?countrycode=zz', symbol: null, kind: 'quote' },
  { url: 'https://www.marketwatch.com/story/small-caps-rally-11700000000', symbol: null, kind: 'article' },
  { url: 'https://www.marketwatch.com/markets', symbol: null, kind: 'other' },
];
