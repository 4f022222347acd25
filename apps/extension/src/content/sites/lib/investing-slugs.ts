/**
 * Investing.com quote pages are named by slug, not symbol. Decision: only a short table of well-known
 * index and ETF slugs (the rotation pair and its usual proxies) maps to a symbol; everything else is
 * null (equity pages are read by `investing.symbolFromPage`). Shared by the adapter and the scanner's
 * cross-site link table, so the table exists once.
 */
const KNOWN_SLUGS: Record<string, string> = {
  'indices/us-spx-500': '^GSPC',
  'indices/smallcap-2000': '^RUT',
  'indices/us-30': '^DJI',
  'indices/nasdaq-composite': '^IXIC',
  'indices/nq-100': '^NDX',
  'indices/s-p-600': '^SP600',
  'etfs/spdr-s-p-500': 'SPY',
  'etfs/ishares-russell-2000-index-etf': 'IWM',
  'etfs/ishares-s-p-smallcap-600-index': 'IJR',
  'etfs/powershares-qqqq': 'QQQ',
};

const SUBPAGE_SUFFIX = /-(historical-data|news|chart|technical|components|analysis)$/;

/** Symbol of a known index/ETF slug path (`/indices/smallcap-2000-historical-data` → ^RUT), else null. */
export function investingSlugSymbol(pathname: string): string | null {
  const slug = /^\/((?:indices|etfs)\/[a-z0-9-]+)/.exec(pathname)?.[1];
  // Sub-pages of the same instrument: `/indices/smallcap-2000-historical-data`.
  return slug ? (KNOWN_SLUGS[slug.replace(SUBPAGE_SUFFIX, '')] ?? null) : null;
}
