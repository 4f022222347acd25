/**
 * Google Finance: `/finance/quote/{SYM}:{EXCH}` (`.INX:INDEXSP` → ^GSPC, `RUT:INDEXRUSSELL` → ^RUT,
 * `2881:TPE` → 2881.TW — non-US listings take Yahoo's suffix form). Hashed class names change often, so
 * the badge anchors on ARIA roles. A single-page app.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { symbolFromPath } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.google;

export const google: SiteAdapter = {
  id: 'google',
  label: 'Google Finance', // = SITE_LABELS.google (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('google'),
  symbolFromUrl: (url) => symbolFromPath(url, HOSTS, /^\/finance\/quote\/([^/?]+)/, { site: 'google' }),
  anchors: ['main div[role="heading"][aria-level="1"]', 'main [role="heading"][aria-level="1"]'],
  fallbackAnchors: ['[role="heading"][aria-level="1"]', 'main h1'],
  articleRoots: [],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.google.com/finance/quote/AAPL:NASDAQ', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.google.com/finance/quote/.INX:INDEXSP', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.google.com/finance/quote/RUT:INDEXRUSSELL', symbol: '^RUT', kind: 'quote' },
  { url: 'https://www.google.com/finance/quote/IWM:NYSEARCA?hl=en', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.google.com/finance/quote/BRK.B:NYSE', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.google.com/finance/quote/2881:TPE?hl=zh-TW', symbol: '2881.TW', kind: 'quote' },
  { url: 'https://www.google.com/finance/markets/indexes', symbol: null, kind: 'other' },
  { url: 'https://www.google.com/finance/', symbol: null, kind: 'other' },
];
