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

/**
 * A page on no supported site, badged because the reader asked (the popup's "Badge tickers on this
 * page", the shortcut, the context menu, or a site they added with "Always on this site"): the
 * generic adapter (content/sites/generic.ts). It has no on/off switch in settings.sites: the ask is the switch.
 */
export const GENERIC_SITE = 'generic';
/** What a badged page is: one of the supported sites, or a generic page. */
export type PageSiteId = SiteId | typeof GENERIC_SITE;
