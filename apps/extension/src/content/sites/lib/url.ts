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

/**
 * Does `url` satisfy a manifest match pattern (`https://host/path*`, host may start with `*.`)?
 * Only the subset this extension uses: https scheme, exact or wildcard-subdomain host, path glob with '*'.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  const compiled = compilePattern(pattern);
  if (!compiled || url.protocol !== compiled.scheme) return false;
  const { host } = compiled;
  const hostOk = host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  return hostOk && compiled.path.test(url.pathname + url.search);
}

const compiledPatterns = new Map<string, { scheme: string; host: string; path: RegExp } | null>();

/** Parsed once per pattern: the scanner checks every link on a page against every adapter. */
function compilePattern(pattern: string): { scheme: string; host: string; path: RegExp } | null {
  let c = compiledPatterns.get(pattern);
  if (c === undefined) {
    const m = /^(https):\/\/([^/]+)(\/.*)$/.exec(pattern);
    c = m ? { scheme: `${m[1]}:`, host: m[2]!, path: new RegExp(`^${m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`) } : null;
    compiledPatterns.set(pattern, c);
  }
  return c;
}

/** An href resolved against the document, or null when it is not an http(s) URL. */
export function linkUrl(a: HTMLAnchorElement): URL | null {
  const href = a.getAttribute('href');
  if (!href) return null;
  try {
    const base = a.ownerDocument ? documentBase(a.ownerDocument) : '';
    const url = base && base !== 'about:blank' ? new URL(href, base) : new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

const baseCache = new WeakMap<Document, { url: string; base: string }>();

/**
 * The document's base URL. `Node.baseURI` is equivalent but very slow in some DOMs (milliseconds per
 * call in happy-dom), and the scanner resolves every link, so the base is cached per document and
 * recomputed when the document URL changes (SPA navigation).
 */
function documentBase(doc: Document): string {
  const url = doc.URL;
  const hit = baseCache.get(doc);
  if (hit && hit.url === url) return hit.base;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  let base = url;
  if (baseHref) {
    try {
      base = new URL(baseHref, url).href;
    } catch {
      base = url;
    }
  }
  baseCache.set(doc, { url, base });
  return base;
}
