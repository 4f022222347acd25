/**
 * Morningstar: `/{stocks|etfs|funds}/{mic}/{sym}/quote` (xnas, xnys, arcx, …; foreign MICs map to Yahoo
 * suffixes, e.g. xlon → .L) and `/indexes/{src}/{name}/quote`. Nuxt app with client navigation: spa.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { onHosts, pathSymbol } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.morningstar;

export const morningstar: SiteAdapter = {
  id: 'morningstar',
  label: 'Morningstar', // = SITE_LABELS.morningstar (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('morningstar'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS)) return null;
    const m = /^\/(stocks|etfs|funds|indexes)\/([a-z0-9]+)\/([^/]+)\/(?:quote|[a-z-]+)\/?$/i.exec(url.pathname);
    if (!m) return null;
    return pathSymbol(m[3]!, { exchange: m[1]!.toLowerCase() === 'indexes' ? 'INDEX' : m[2]! });
  },
  anchors: ['.mdc-security-header__name', '[class*="security-header"] h1'],
  fallbackAnchors: ['main h1', 'h1'],
  articleRoots: ['.mdc-article-body', '.article__body', 'article'],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.morningstar.com/stocks/xnas/aapl/quote', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.morningstar.com/stocks/xnys/brk.b/valuation', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.morningstar.com/etfs/arcx/iwm/quote', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.morningstar.com/stocks/xlon/vod/quote', symbol: 'VOD.L', kind: 'quote' },
  { url: 'https://www.morningstar.com/indexes/spi/spx/quote', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.morningstar.com/stocks/small-caps-look-cheap', symbol: null, kind: 'article' },
  { url: 'https://www.morningstar.com/markets', symbol: null, kind: 'other' },
];
