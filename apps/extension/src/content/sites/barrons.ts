/**
 * Barron's: `/market-data/{stocks|funds|indexes}/{sym}` with `?countrycode=` (see lib/dow-jones.ts), the
 * old `/quote/{stock|fund|index}/{country}/{mic}/{sym}`, and the short `/quote/{SYM}` older articles
 * link. Articles under `/articles/…`.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { dowJonesSymbol } from './lib/dow-jones.ts';
import { onHosts, pathSymbol } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.barrons;
const KIND: Record<string, string> = { stocks: 'stock', funds: 'fund', indexes: 'index', stock: 'stock', fund: 'fund', index: 'index' };

export const barrons: SiteAdapter = {
  id: 'barrons',
  label: "Barron's", // = SITE_LABELS.barrons (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('barrons'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS)) return null;
    const current = /^\/market-data\/(stocks|funds|indexes)\/([^/]+)/i.exec(url.pathname);
    if (current) return dowJonesSymbol(current[2]!, KIND[current[1]!.toLowerCase()]!, url.searchParams.get('countrycode'));
    const short = /^\/quote\/(?!(?:stock|fund|index)\/?$)([^/]+)\/?$/i.exec(url.pathname);
    if (short) return pathSymbol(short[1]!);
    const old = /^\/quote\/(stock|fund|index)\/([a-z]+)\/([^/]+)\/([^/]+)/i.exec(url.pathname);
    if (!old) return null;
    const kind = KIND[old[1]!.toLowerCase()]!;
    return kind === 'index' ? dowJonesSymbol(old[4]!, kind, old[2]!) : pathSymbol(old[4]!, { exchange: old[3]! });
  },
  anchors: ['h1[class*="company__name"]', '[class*="CompanyName"] h1', '.company__name'],
  fallbackAnchors: ['main h1', 'h1'],
  articleRoots: ['[class*="article__body"]', '.article-body', 'article'],
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.barrons.com/market-data/stocks/aapl', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.barrons.com/market-data/stocks/brk.b?mod=searchresults_companyquotes', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.barrons.com/market-data/funds/iwm', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.barrons.com/market-data/indexes/spx?countrycode=us', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.barrons.com/quote/stock/us/xnas/aapl', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.barrons.com/quote/index/us/s&p%20us/spx', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.barrons.com/quote/HD', symbol: 'HD', kind: 'quote' },
  { url: 'https://www.barrons.com/quote/brk.b/', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.barrons.com/quote/stock', symbol: null, kind: 'other' },
  { url: 'https://www.barrons.com/articles/small-cap-stocks-russell-2000-51720000000', symbol: null, kind: 'article' },
  { url: 'https://www.barrons.com/market-data', symbol: null, kind: 'other' },
];
