/**
 * AInvest: `/stocks/{EXCH}-{SYM}/` (e.g. NASDAQ-AAPL). In articles, tickers are `a._dollar_[data-code]`
 * whose data-code is the symbol (with or without an exchange prefix).
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { canonicalSymbol } from '@rotation-lens/market-data';
import { linkUrl, symbolFromPath } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.ainvest;

export const ainvest: SiteAdapter = {
  id: 'ainvest',
  label: 'AInvest', // = SITE_LABELS.ainvest (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('ainvest'),
  symbolFromUrl: (url) => symbolFromPath(url, HOSTS, /^\/stocks\/([^/]+)/i),
  anchors: ['main h1'],
  fallbackAnchors: ['h1'],
  articleRoots: ['article', '[class*="article-content"]', '[class*="news-content"]'],
  tickerFromLink: (a) => {
    const code = a.classList.contains('_dollar_') ? a.getAttribute('data-code') : null;
    if (code) return canonicalSymbol(code);
    const url = linkUrl(a);
    return url ? ainvest.symbolFromUrl(url) : null;
  },
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.ainvest.com/stocks/NASDAQ-AAPL/', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.ainvest.com/stocks/NYSE-BRK.B/', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.ainvest.com/stocks/AMEX-IWM/', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.ainvest.com/news/small-caps-rally-russell-2000-2407/', symbol: null, kind: 'article' },
  { url: 'https://www.ainvest.com/stocks/', symbol: null, kind: 'other' },
];
