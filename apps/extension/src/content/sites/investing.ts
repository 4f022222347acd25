/**
 * Investing.com names quote pages by slug (`/equities/apple-computer-inc`), so the URL rarely carries the
 * symbol. Decision: `symbolFromUrl` returns a symbol only for a short table of well-known index and ETF
 * slugs (lib/investing-slugs.ts); for equities it returns null and `symbolFromPage`
 * reads the page: the instrument header "Apple Inc (AAPL)", else the document/og title
 * ("… | NASDAQ AAPL …"). The header text is only ever parsed as text and passed through canonicalSymbol.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { canonicalSymbol } from '@rotation-lens/market-data';
import { investingSlugSymbol } from './lib/investing-slugs.ts';
import { onHosts } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.investing;

/** "Apple Inc (AAPL)" → AAPL: the last parenthesised ticker-shaped token of a heading. */
function symbolInHeading(text: string | null | undefined): string | null {
  const m = /\(([A-Za-z0-9.^-]{1,12})\)\s*$/.exec((text ?? '').trim());
  return m ? canonicalSymbol(m[1]!) : null;
}

/** "Apple Stock Price Today | NASDAQ AAPL Live Ticker" → AAPL. */
function symbolInTitle(text: string | null | undefined): string | null {
  const m = /\b(NASDAQ|NYSE|AMEX|NYSEARCA)[:\s]+([A-Z][A-Z0-9.-]{0,9})\b/.exec(text ?? '');
  return m ? canonicalSymbol(m[2]!, { exchange: m[1]! }) : null;
}

export const investing: SiteAdapter = {
  id: 'investing',
  label: 'Investing.com', // = SITE_LABELS.investing (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('investing'),
  symbolFromUrl: (url) => (onHosts(url, HOSTS) ? investingSlugSymbol(url.pathname) : null),
  symbolFromPage: (doc) =>
    symbolInHeading(doc.querySelector('[data-test="instrument-header-title"]')?.textContent) ??
    symbolInHeading(doc.querySelector('h1')?.textContent) ??
    symbolInTitle(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')) ??
    symbolInTitle(doc.title),
  anchors: ['[data-test="instrument-header-title"]', '[data-test="instrument-header-details"] h1'],
  fallbackAnchors: ['main h1', 'h1'],
  articleRoots: ['#article', '[data-test="article-content"]', '.articlePage', 'article'],
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://www.investing.com/equities/apple-computer-inc', symbol: null, kind: 'quote' },
  { url: 'https://www.investing.com/indices/us-spx-500', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://www.investing.com/indices/smallcap-2000-historical-data', symbol: '^RUT', kind: 'quote' },
  { url: 'https://www.investing.com/indices/smallcap-2000', symbol: '^RUT', kind: 'quote' },
  { url: 'https://www.investing.com/etfs/ishares-russell-2000-index-etf', symbol: 'IWM', kind: 'quote' },
  { url: 'https://www.investing.com/news/stock-market-news/small-caps-rally-3500000', symbol: null, kind: 'article' },
  { url: 'https://www.investing.com/markets/', symbol: null, kind: 'other' },
];
