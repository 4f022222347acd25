/**
 * Quote URLs of every supported site in compact form (host → tiny resolver), so the scanner can read a
 * link to another site's quote page (a Yahoo article linking to cnbc.com/quotes/X) without bundling
 * all 15 adapters into every page. The adapters' `symbolFromUrl` stays the single truth:
 * quote-urls.test.ts checks that both agree on every adapter's test URLs (and more).
 * Invariant, as for the adapters: https only, every symbol through `canonicalSymbol` (via pathSymbol).
 */
import type { SymbolHint } from '@rotation-lens/market-data';
import { dowJonesSymbol } from '../sites/lib/dow-jones.ts';
import { investingSlugSymbol } from '../sites/lib/investing-slugs.ts';
import { pathSymbol } from '../sites/lib/url.ts';

type Resolve = (path: string, url: URL) => string | null;

/** Capture group 1 of `re` on the path, as a canonical symbol. */
const group1 =
  (re: RegExp, hint?: SymbolHint): Resolve =>
  (path) => {
    const raw = re.exec(path)?.[1];
    return raw ? pathSymbol(raw, hint) : null;
  };

const country = (url: URL) => url.searchParams.get('countrycode');
const BARRONS_KIND: Record<string, string> = { stocks: 'stock', funds: 'fund', indexes: 'index' };

const finviz: Resolve = (path, url) => {
  const t = /^\/quote\.ashx$/i.test(path) ? url.searchParams.get('t') : null;
  return t ? pathSymbol(t) : null;
};

const barrons: Resolve = (path, url) => {
  let m = /^\/market-data\/(stocks|funds|indexes)\/([^/]+)/i.exec(path);
  if (m) return dowJonesSymbol(m[2]!, BARRONS_KIND[m[1]!.toLowerCase()]!, country(url));
  m = /^\/quote\/(stock|fund|index)\/([a-z]+)\/([^/]+)\/([^/]+)/i.exec(path);
  if (!m) return null;
  return /^index$/i.test(m[1]!) ? dowJonesSymbol(m[4]!, 'index', m[2]!) : pathSymbol(m[4]!, { exchange: m[3]! });
};

/** Host → resolver of the path. Hosts are exactly the adapters' hosts. */
const BY_HOST: Record<string, Resolve> = {
  'finance.yahoo.com': group1(/^\/quote\/([^/]+)/, { site: 'yahoo' }),
  'www.google.com': group1(/^\/finance\/quote\/([^/?]+)/, { site: 'google' }),
  'www.marketwatch.com': (path, url) => {
    const m = /^\/investing\/(stock|fund|index)\/([^/]+)/i.exec(path);
    return m ? dowJonesSymbol(m[2]!, m[1]!.toLowerCase(), country(url)) : null;
  },
  'www.cnbc.com': group1(/^\/quotes\/([^/]+)/),
  'www.nasdaq.com': (path) => {
    const m = /^\/market-activity\/(stocks|etf|index|funds-and-etfs)\/([^/]+)/i.exec(path);
    return m ? pathSymbol(m[2]!, /^index$/i.test(m[1]!) ? { exchange: 'INDEX' } : {}) : null;
  },
  'finviz.com': finviz,
  'elite.finviz.com': finviz,
  'stockanalysis.com': (path) => {
    const us = /^\/(?:stocks|etf)\/([^/]+)/i.exec(path);
    if (us) return pathSymbol(us[1]!);
    const foreign = /^\/quote\/([a-z]+)\/([^/]+)/i.exec(path);
    return foreign ? pathSymbol(foreign[2]!, { exchange: foreign[1]! }) : null;
  },
  'seekingalpha.com': group1(/^\/symbol\/([^/]+)/i),
  'www.ainvest.com': group1(/^\/stocks\/([^/]+)/i),
  'www.tradingview.com': group1(/^\/symbols\/([^/]+)/i, { site: 'tradingview' }),
  'www.morningstar.com': (path) => {
    const m = /^\/(stocks|etfs|funds|indexes)\/([a-z0-9]+)\/([^/]+)\/(?:quote|[a-z-]+)\/?$/i.exec(path);
    return m ? pathSymbol(m[3]!, { exchange: /^indexes$/i.test(m[1]!) ? 'INDEX' : m[2]! }) : null;
  },
  'www.barrons.com': barrons,
  'www.benzinga.com': (path) => {
    // `BRK/B` may arrive encoded (%2F) or as a real path separator.
    const m = /^\/quote\/([^/]+)(?:\/([A-Z])(?=\/|$))?/.exec(path);
    return m ? pathSymbol(m[2] ? `${m[1]}/${m[2]}` : m[1]!) : null;
  },
  'www.zacks.com': group1(/^\/(?:stock\/quote|funds\/etf)\/([^/]+)/i),
  'www.investing.com': investingSlugSymbol,
};

/** Every host a supported site's quote link can be on (a cheap pre-filter for links). */
export const QUOTE_HOSTS: ReadonlySet<string> = new Set(Object.keys(BY_HOST));

/**
 * Is `url` on a supported site (the adapters' match patterns: https, the site's host; Google only
 * under /finance/)? Such a link is read by its site's rule alone, never by generic path shapes.
 */
export function onSupportedSite(url: URL): boolean {
  return url.protocol === 'https:' && QUOTE_HOSTS.has(url.hostname) && (url.hostname !== 'www.google.com' || url.pathname.startsWith('/finance/'));
}

/** The canonical symbol of a supported site's quote URL (same as its adapter's `symbolFromUrl`), else null. */
export function symbolFromQuoteUrl(url: URL): string | null {
  return onSupportedSite(url) ? BY_HOST[url.hostname]!(url.pathname, url) : null;
}
