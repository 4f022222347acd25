import type { GENERIC_SITE } from './generic-site.ts';

/** Every supported site, by id. One adapter file per id lives in src/content/sites/. */
export const SITE_IDS = [
  'yahoo',
  'google',
  'marketwatch',
  'cnbc',
  'nasdaq',
  'finviz',
  'stockanalysis',
  'seekingalpha',
  'ainvest',
  'tradingview',
  'morningstar',
  'barrons',
  'benzinga',
  'zacks',
  'investing',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SITE_LABELS: Record<SiteId, string> = {
  yahoo: 'Yahoo Finance',
  google: 'Google Finance',
  marketwatch: 'MarketWatch',
  cnbc: 'CNBC',
  nasdaq: 'Nasdaq',
  finviz: 'Finviz',
  stockanalysis: 'StockAnalysis',
  seekingalpha: 'Seeking Alpha',
  ainvest: 'AInvest',
  tradingview: 'TradingView',
  morningstar: 'Morningstar',
  barrons: "Barron's",
  benzinga: 'Benzinga',
  zacks: 'Zacks',
  investing: 'Investing.com',
};

/** Host names each site's adapter serves (its content script runs there, its quote links are read there). */
export const SITE_HOSTS: Record<SiteId, readonly string[]> = {
  yahoo: ['finance.yahoo.com'],
  google: ['www.google.com'],
  marketwatch: ['www.marketwatch.com'],
  cnbc: ['www.cnbc.com'],
  nasdaq: ['www.nasdaq.com'],
  finviz: ['finviz.com', 'elite.finviz.com'],
  stockanalysis: ['stockanalysis.com'],
  seekingalpha: ['seekingalpha.com'],
  ainvest: ['www.ainvest.com'],
  tradingview: ['www.tradingview.com'],
  morningstar: ['www.morningstar.com'],
  barrons: ['www.barrons.com'],
  benzinga: ['www.benzinga.com'],
  zacks: ['www.zacks.com'],
  investing: ['www.investing.com'],
};

/**
 * Manifest match patterns of one site: the whole host, except Google, where only `/finance/` is ours.
 * A function, so a site's content script carries only the lookup, not every site's patterns.
 */
export const siteMatches = (id: SiteId): readonly string[] =>
  id === 'google' ? ['https://www.google.com/finance/*'] : SITE_HOSTS[id].map((h) => `https://${h}/*`);

/** Every site's match patterns, deduplicated, in site order: the manifest's content_scripts matches. */
const uniqueMatches = (): readonly string[] => [...new Set(SITE_IDS.flatMap(siteMatches))];
export const CONTENT_SCRIPT_MATCHES: readonly string[] = /* @__PURE__ */ uniqueMatches();

/** What a badged page is: one of the supported sites, or a generic page (generic-site.ts). */
export type PageSiteId = SiteId | typeof GENERIC_SITE;
