/**
 * StockAnalysis: `/stocks/{sym}/…`, `/etf/{sym}/…` (lower case, `brk.b`), non-US `/quote/{exch}/{sym}/`.
 * SvelteKit app with client-side navigation: spa.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { onHosts, pathSymbol } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.stockanalysis;

export const stockanalysis: SiteAdapter = {
  id: 'stockanalysis',
  label: 'StockAnalysis', // = SITE_LABELS.stockanalysis (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('stockanalysis'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS)) return null;
    const us = /^\/(?:stocks|etf)\/([^/]+)/i.exec(url.pathname);
    if (us) return pathSymbol(us[1]!);
    const foreign = /^\/quote\/([a-z]+)\/([^/]+)/i.exec(url.pathname);
    return foreign ? pathSymbol(foreign[2]!, { exchange: foreign[1]! }) : null;
  },
  anchors: ['main h1'],
  fallbackAnchors: ['h1'],
  articleRoots: ['main article', 'article'],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://stockanalysis.com/stocks/aapl/', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://stockanalysis.com/stocks/brk.b/financials/', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://stockanalysis.com/etf/iwm/', symbol: 'IWM', kind: 'quote' },
  { url: 'https://stockanalysis.com/quote/lon/VOD/', symbol: 'VOD.L', kind: 'quote' },
  { url: 'https://stockanalysis.com/stocks/screener/', symbol: null, kind: 'other' },
  { url: 'https://stockanalysis.com/stocks/', symbol: null, kind: 'other' },
  { url: 'https://stockanalysis.com/news/', symbol: null, kind: 'other' },
];
