/**
 * Finviz: `quote.ashx?t={SYM}` on finviz.com and elite.finviz.com. P/E from the snapshot table:
 * "Forward P/E" preferred (basis forward), else "P/E" (trailing); '-' means unknown.
 */
import { SITE_HOSTS, siteMatches } from '../../contracts/sites.ts';
import { type PeLabel, readLabelledPe, readLabelledPes } from './lib/pe.ts';
import { onHosts, pathSymbol } from './lib/url.ts';
import type { SiteAdapter, SiteTestUrl } from './types.ts';

const HOSTS = SITE_HOSTS.finviz;

const SNAPSHOT = ['table.snapshot-table2'];
/** Forward first: the badge compares forward with forward when both are shown. */
const PE_LABELS: readonly PeLabel[] = [
  { label: /^Forward P\/E$/, basis: 'forward' },
  { label: /^P\/E$/, basis: 'trailing' },
];

export const finviz: SiteAdapter = {
  id: 'finviz',
  label: 'Finviz', // = SITE_LABELS.finviz (conventions test); a literal keeps the other labels out of the page
  hosts: HOSTS,
  matches: siteMatches('finviz'),
  symbolFromUrl: (url) => {
    if (!onHosts(url, HOSTS) || !/^\/quote\.ashx$/i.test(url.pathname)) return null;
    const t = url.searchParams.get('t');
    return t ? pathSymbol(t) : null;
  },
  anchors: ['h1.quote-header_ticker-wrapper_ticker', '#ticker', '.fullview-ticker'],
  fallbackAnchors: ['.quote-header', 'table.snapshot-table2', 'main h1'],
  readPe: (doc) => readLabelledPe(doc, SNAPSHOT, PE_LABELS),
  readPes: (doc) => readLabelledPes(doc, SNAPSHOT, PE_LABELS),
  articleRoots: [],
};

/** Test URLs with the symbol `symbolFromUrl` must read (test-only: src/test/site-test-urls.ts collects them; tree-shaken out of the content script). */
export const testUrls: SiteTestUrl[] = [
  { url: 'https://finviz.com/quote.ashx?t=AACT', symbol: 'AACT', kind: 'quote' },
  { url: 'https://finviz.com/quote.ashx?t=IWM&p=d', symbol: 'IWM', kind: 'quote' },
  { url: 'https://elite.finviz.com/quote.ashx?t=BRK-B', symbol: 'BRK-B', kind: 'quote' },
  { url: 'https://finviz.com/quote.ashx', symbol: null, kind: 'other' },
  { url: 'https://finviz.com/screener.ashx?v=111&f=idx_sp500', symbol: null, kind: 'other' },
  { url: 'https://finviz.com/news.ashx', symbol: null, kind: 'other' },
];
