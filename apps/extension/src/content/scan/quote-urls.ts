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

/**
 * A rule: a path regex and how to read its match. `[re, hint]`: group 1 is the symbol (with `hint`),
 * or, when the regex has a group 2, group 1 is the exchange and group 2 the symbol. A function: the
 * site's own reading (query parameters, Dow Jones country codes, slug tables), undefined when the
 * path is not its shape. The first rule whose shape matches decides.
 */
type Rule = readonly [RegExp, SymbolHint?] | ((path: string, url: URL) => string | null | undefined);

const INDEX = { exchange: 'INDEX' };
/** MarketWatch `/investing/{stock|fund|index}/x`, Barron's `/market-data/{stocks|funds|indexes}/x`: Dow Jones country codes. */
const dowJones =
  (re: RegExp) =>
  (path: string, url: URL): string | null | undefined => {
    const m = re.exec(path);
    return m ? dowJonesSymbol(m[2]!, /^index/i.test(m[1]!) ? 'index' : 'stock', url.searchParams.get('countrycode')) : undefined;
  };
const finviz: Rule = (path, url) => {
  const t = /^\/quote\.ashx$/i.test(path) ? url.searchParams.get('t') : null;
  return t ? pathSymbol(t) : null;
};

/** Host → rules, for exactly the adapters' hosts. */
const BY_HOST: Record<string, readonly Rule[]> = {
  'finance.yahoo.com': [[/^\/quote\/([^/]+)/, { site: 'yahoo' }]],
  'www.google.com': [[/^\/finance\/quote\/([^/?]+)/, { site: 'google' }]],
  'www.marketwatch.com': [dowJones(/^\/investing\/(stock|fund|index)\/([^/]+)/i)],
  'www.cnbc.com': [(path, url) => (/^\/quotes\/?$/.test(path) && url.searchParams.get('symbol') ? pathSymbol(url.searchParams.get('symbol')!) : undefined), [/^\/quotes\/([^/]+)/]],
  'www.nasdaq.com': [[/^\/market-activity\/index\/([^/]+)/i, INDEX], [/^\/market-activity\/(?:stocks|etf|funds-and-etfs)\/([^/]+)/i]],
  'finviz.com': [finviz],
  'elite.finviz.com': [finviz],
  'stockanalysis.com': [[/^\/(?:stocks|etf)\/([^/]+)/i], [/^\/quote\/([a-z]+)\/([^/]+)/i]],
  'seekingalpha.com': [[/^\/symbol\/([^/]+)/i]],
  'www.ainvest.com': [[/^\/stocks\/([^/]+)/i]],
  'www.tradingview.com': [[/^\/symbols\/([^/]+)/i, { site: 'tradingview' }]],
  'www.morningstar.com': [
    [/^\/indexes\/[a-z0-9]+\/([^/]+)\/(?:quote|[a-z-]+)\/?$/i, INDEX],
    [/^\/(?:stocks|etfs|funds)\/([a-z0-9]+)\/([^/]+)\/(?:quote|[a-z-]+)\/?$/i],
  ],
  'www.barrons.com': [
    dowJones(/^\/market-data\/(stocks|funds|indexes)\/([^/]+)/i),
    [/^\/quote\/index\/(?:us|xx)\/[^/]+\/([^/]+)/i, INDEX],
    [/^\/quote\/(?:stock|fund)\/[a-z]+\/([^/]+)\/([^/]+)/i],
    [/^\/quote\/(?!(?:stock|fund|index)\/?$)([^/]+)\/?$/i],
  ],
  // `BRK/B` may arrive encoded (%2F) or as a real path separator.
  'www.benzinga.com': [(path) => {
    const m = /^\/quote\/([^/]+)(?:\/([A-Z])(?=\/|$))?/.exec(path);
    return m ? pathSymbol(m[2] ? `${m[1]}/${m[2]}` : m[1]!) : null;
  }],
  'www.zacks.com': [[/^\/(?:stock\/quote|funds\/etf)\/([^/]+)/i]],
  'www.investing.com': [investingSlugSymbol],
};

function apply(rule: Rule, path: string, url: URL): string | null | undefined {
  if (typeof rule === 'function') return rule(path, url);
  const m = rule[0].exec(path);
  if (!m) return undefined;
  return m[2] === undefined ? pathSymbol(m[1]!, rule[1]) : pathSymbol(m[2], { exchange: m[1]! });
}

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
  if (!onSupportedSite(url)) return null;
  for (const rule of BY_HOST[url.hostname]!) {
    const symbol = apply(rule, url.pathname, url);
    if (symbol !== undefined) return symbol;
  }
  return null;
}
