/**
 * Nasdaq: `/market-activity/{stocks|etf|index|funds-and-etfs}/{sym}`. Current pages have no
 * `symbol-page-header__*` landmarks (the header is a web component whose content lives in a shadow
 * root), so the badge falls back to the breadcrumb h1. The page confirms its symbol in
 * `meta[name="com.nasdaq.cms.taxonomy.quoteSymbol"]` and `div.nsdq-quote-header[data-symbol]`.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { canonicalSymbol } from '@rotation-lens/market-data';
import { onHosts, pathSymbol } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.nasdaq;

export const nasdaq: SiteAdapter = {
  id: 'nasdaq',
  label: 'Nasdaq', // = SITE_LABELS.nasdaq (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('nasdaq'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS)) return null;
    const m = /^\/market-activity\/(stocks|etf|index|funds-and-etfs)\/([^/]+)/i.exec(url.pathname);
    if (!m) return null;
    return pathSymbol(m[2]!, m[1]!.toLowerCase() === 'index' ? { exchange: 'INDEX' } : {});
  },
  symbolFromPage: (doc) => {
    const raw =
      doc.querySelector('meta[name="com.nasdaq.cms.taxonomy.quoteSymbol"]')?.getAttribute('content') ??
      doc.querySelector('.nsdq-quote-header[data-symbol], [data-symbol]')?.getAttribute('data-symbol');
    return raw ? canonicalSymbol(raw) : null;
  },
  anchors: ['.symbol-page-header__symbol', '.symbol-page-header__name'],
  fallbackAnchors: ['.breadcrumb-title__container h1', 'main h1', 'h1'],
  articleRoots: ['.body__content', '.article-body', 'article'],
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.nasdaq.com/market-activity/stocks/aapl', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.nasdaq.com/market-activity/stocks/brk.b/latest-real-time-trades', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.nasdaq.com/market-activity/etf/iwm', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.nasdaq.com/market-activity/index/spx', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.nasdaq.com/market-activity/index/comp', symbol: '^IXIC', kind: 'quote' },
  { url: 'https://www.nasdaq.com/articles/small-caps-outperform-2024-07-12', symbol: null, kind: 'article' },
  { url: 'https://www.nasdaq.com/market-activity/stocks/screener', symbol: null, kind: 'other' },
];
