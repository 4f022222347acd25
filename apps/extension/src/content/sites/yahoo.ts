/**
 * Yahoo Finance. Quote pages `/quote/{SYM}/…` carry the symbol in Yahoo form already (`%5ERUT`, `BRK-B`,
 * `VOD.L`). Client-side routing between quotes: spa. P/E: "PE Ratio (TTM)" in the quote statistics
 * (by label: on some pages EPS is also tagged `data-field="trailingPE"`), "Forward P/E" when TTM is '--'.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { readLabelledPe } from './lib/pe.ts';
import { linkUrl, symbolFromPath } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.yahoo;

export const yahoo: SiteAdapter = {
  id: 'yahoo',
  label: 'Yahoo Finance', // = SITE_LABELS.yahoo (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('yahoo'),
  symbolFromUrl: (url) => symbolFromPath(url, HOSTS, /^\/quote\/([^/]+)/, { site: 'yahoo' }),
  anchors: ['section[data-testid="quote-hdr"] h1', '[data-testid="quote-hdr"] h1'],
  fallbackAnchors: ['section[data-testid="quote-hdr"]', 'main h1'],
  readPe: (doc) =>
    readLabelledPe(doc, ['[data-testid="quote-statistics"]'], [{ label: /^PE Ratio \(TTM\)$/i, basis: 'trailing' }]) ??
    readLabelledPe(doc, ['[data-testid="valuation-measures"]'], [{ label: /^Forward P\/E$/i, basis: 'forward' }]),
  articleRoots: ['[data-testid="article-content-wrapper"]', '.caas-body', '.body'],
  // Ticker chips carry the symbol in aria-label/title too; the href is the source of truth.
  tickerFromLink: (a) => {
    const url = linkUrl(a);
    return url ? yahoo.symbolFromUrl(url) : null;
  },
  tickerChip: 'a[data-testid="ticker-container"]',
  spa: true,
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://finance.yahoo.com/quote/AAPL/', symbol: 'AAPL', kind: 'quote' },
  { url: 'https://finance.yahoo.com/quote/%5ERUT/', symbol: '^RUT', kind: 'quote' },
  { url: 'https://finance.yahoo.com/quote/%5EGSPC/history/', symbol: '^GSPC', kind: 'quote' },
  { url: 'https://finance.yahoo.com/quote/BRK-B/', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://finance.yahoo.com/quote/IWM?p=IWM', symbol: 'IWM', kind: 'quote' },
  { url: 'https://finance.yahoo.com/news/why-amazon-com-amzn-best-151527123.html', symbol: null, kind: 'article' },
  { url: 'https://finance.yahoo.com/markets/', symbol: null, kind: 'other' },
  { url: 'https://finance.yahoo.com/quote/', symbol: null, kind: 'other' },
];
