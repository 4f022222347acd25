/**
 * URL helpers shared by the site adapters. Invariant: a symbol is only ever read from a URL of one of
 * the adapter's own hosts over https, and always passes through `canonicalSymbol` (so it is Yahoo form
 * or null — never raw page text).
 */
import { canonicalSymbol, type SymbolHint } from '@rotation-lens/market-data';

/** True when `url` is https and its host is one of `hosts`. */
export function onHosts(url: URL, hosts: readonly string[]): boolean {
  return url.protocol === 'https:' && hosts.includes(url.hostname);
}

/**
 * Path words that sit where a symbol would (`/stocks/screener/`, `/market-activity/stocks/screener`)
 * and would otherwise pass as tickers.
 */
const RESERVED_PATH_WORDS = new Set([
  'SCREENER', 'SCREENERS', 'INDUSTRY', 'SECTOR', 'SECTORS', 'LIST', 'LISTS', 'COMPARE', 'PROVIDER', 'CALENDAR',
  'MOVERS', 'TRENDING', 'WATCHLIST', 'PORTFOLIO', 'SEARCH', 'TOPIC', 'TOPICS', 'MARKETS',
]);

/** Canonical symbol for a URL path segment, or null for junk and reserved path words. */
export function pathSymbol(raw: string, hint?: SymbolHint): string | null {
  const sym = canonicalSymbol(raw, hint);
  return sym && !RESERVED_PATH_WORDS.has(sym) ? sym : null;
}

/** Canonical symbol from capture group 1 of `pattern` applied to the URL's path, or null. */
export function symbolFromPath(url: URL, hosts: readonly string[], pattern: RegExp, hint?: SymbolHint): string | null {
  if (!onHosts(url, hosts)) return null;
  const raw = pattern.exec(url.pathname)?.[1];
  return raw ? pathSymbol(raw, hint) : null;
}

/** Manifest match patterns for plain hosts: `https://host/*`. */
export function hostMatches(hosts: readonly string[]): string[] {
  return hosts.map((h) => `https://${h}/*`);
}

/**
 * Does `url` satisfy a manifest match pattern (`https://host/path*`, host may start with `*.`)?
 * Only the subset this extension uses: https scheme, exact or wildcard-subdomain host, path glob with '*'.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(https):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m || url.protocol !== `${m[1]}:`) return false;
  const host = m[2]!;
  const hostOk = host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  if (!hostOk) return false;
  const glob = new RegExp(`^${m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname + url.search);
}

/** An href resolved against the document, or null when it is not an http(s) URL. */
export function linkUrl(a: HTMLAnchorElement): URL | null {
  const href = a.getAttribute('href');
  if (!href) return null;
  try {
    const base = a.ownerDocument?.baseURI;
    const url = base && base !== 'about:blank' ? new URL(href, base) : new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
