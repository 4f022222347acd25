/** Benzinga: `/quote/{SYM}` (+ `/news`, `/analyst-ratings`; class shares as `BRK/B` or `BRK-B`). Next.js: spa. */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { onHosts, pathSymbol } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.benzinga;

export const benzinga: SiteAdapter = {
  id: 'benzinga',
  label: 'Benzinga', // = SITE_LABELS.benzinga (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('benzinga'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS)) return null;
    // `BRK/B` may arrive encoded (%2F) or as a real path separator.
    const m = /^\/quote\/([^/]+)(?:\/([A-Z])(?=\/|$))?/.exec(url.pathname);
    return m ? pathSymbol(m[2] ? `${m[1]}/${m[2]}` : m[1]!) : null;
  },
  anchors: ['.quote-header h1', '[class*="QuoteHeader"] h1', '.quote-name'],
  fallbackAnchors: ['main h1', 'h1'],
  articleRoots: ['#article-body', '.article-content-body', '[class*="ArticleBody"]', 'article'],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.benzinga.com/quote/AAPL', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://www.benzinga.com/quote/IWM/analyst-ratings', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.benzinga.com/quote/BRK%2FB', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.benzinga.com/quote/BRK/B', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://www.benzinga.com/news/24/07/40000000/small-caps-rip-higher', symbol: null, kind: 'article' },
  { url: 'https://www.benzinga.com/markets', symbol: null, kind: 'other' },
];
