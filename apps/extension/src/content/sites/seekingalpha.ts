/** Seeking Alpha: `/symbol/{SYM}` (+ sub-tabs). Articles `/article/…`, news `/news/…` link `/symbol/X`. */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { symbolFromPath } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.seekingalpha;

export const seekingalpha: SiteAdapter = {
  id: 'seekingalpha',
  label: 'Seeking Alpha', // = SITE_LABELS.seekingalpha (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('seekingalpha'),
  symbolFromUrl: (url) => symbolFromPath(url, HOSTS, /^\/symbol\/([^/]+)/i),
  anchors: ['[data-test-id="symbol-title"]', '[data-test-id="symbol-header"] h1'],
  fallbackAnchors: ['main h1', 'h1'],
  articleRoots: ['[data-test-id="content-container"]', '[data-test-id="article-content"]', 'article'],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://seekingalpha.com/symbol/AAPL', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://seekingalpha.com/symbol/IWM/dividends/history', symbol: 'IWM', kind: 'quote' },
  { url: 'https://seekingalpha.com/symbol/BRK.B', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://seekingalpha.com/article/4700000-small-caps-are-back', symbol: null, kind: 'article' },
  { url: 'https://seekingalpha.com/market-news', symbol: null, kind: 'other' },
];
