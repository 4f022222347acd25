/**
 * Site adapter contract: everything the content script needs to know about one supported site.
 * Invariants: symbols returned are canonical (Yahoo style, via `canonicalSymbol`), `matches` are
 * https host patterns only (never an all-URLs pattern), and `anchors` place the badge row without ever
 * reading the symbol from them (the URL is the source of truth wherever it carries the symbol).
 */
import type { PageSiteId, SiteId } from '../../contracts/sites.ts';

export type PageKind = 'quote' | 'article' | 'other';

export interface PagePe {
  pe: number;
  basis: 'forward' | 'trailing';
}

export interface SiteTestUrl {
  url: string;
  /** Expected `symbolFromUrl(new URL(url))`. */
  symbol: string | null;
  kind: PageKind;
}

export interface SiteAdapter<Id extends PageSiteId = SiteId> {
  id: Id;
  label: string;
  /** Host names the adapter serves, e.g. ['finance.yahoo.com']. */
  hosts: readonly string[];
  /** Manifest match patterns, e.g. ['https://finance.yahoo.com/*']. */
  matches: readonly string[];
  /** Canonical symbol when `url` is a quote page, else null. */
  symbolFromUrl(url: URL): string | null;
  /** For sites without the symbol in the URL (Investing.com), or as confirmation. */
  symbolFromPage?(doc: Document): string | null;
  /** Where the badge row goes on a quote page; first selector that matches wins. */
  anchors: string[];
  /** Tried in order when every landmark in `anchors` is missing, e.g. ['main h1', 'h1']. */
  fallbackAnchors?: string[];
  /** P/E shown on the page, if the site shows one; null when absent or unknown ('-'). */
  readPe?(doc: Document): PagePe | null;
  /** Every P/E the page shows, one per basis, when it shows more than one (Finviz: P/E and Forward P/E). */
  readPes?(doc: Document): PagePe[];
  /**
   * Article body selectors for ticker scanning, first match wins. When none matches, the scanner
   * falls back to generic landmarks (article body microdata, `<article>`, the main region: scan/roots.ts).
   */
  articleRoots?: string[];
  /** Site-specific quote-link patterns (chips, data attributes); canonical symbol or null. */
  tickerFromLink?(a: HTMLAnchorElement): string | null;
  /**
   * Selector of the site's explicit ticker chips (a link that is a ticker tag, not a mention in prose):
   * preferred when the scanner caps badges per symbol.
   */
  tickerChip?: string;
  /** Re-badge on in-app navigation (history API / client-side routing). */
  spa?: boolean;
}

/** The adapter a page runs with: a supported site's, or the generic one (content/anypage/adapter.ts). */
export type PageAdapter = SiteAdapter<PageSiteId>;
