/**
 * Quote links: the page's own adapter first (ticker chips, data-code attributes), then the quote-URL
 * rule of whichever supported site owns the link (a Yahoo article linking to cnbc.com/quotes/X; the
 * compact table in quote-urls.ts, not the adapters, so a page loads only its own adapter), then a few
 * generic path shapes for unsupported news hosts (WSJ's /market-data/quotes/X) — except on a generic
 * page (content/anypage/), where only the supported sites' quote URLs count.
 */
import { canonicalSymbol } from '@rotation-lens/market-data';
import { GENERIC_SITE } from '../../contracts/generic-site.ts';
import { linkUrl } from '../sites/lib/url.ts';
import type { PageAdapter } from '../sites/types.ts';
import { onSupportedSite, QUOTE_HOSTS, symbolFromQuoteUrl } from './quote-urls.ts';

const GENERIC_QUOTE_PATHS = [
  /^\/quotes?\/([A-Za-z0-9.^%-]{1,12})\/?$/,
  /^\/market-data\/quotes\/([A-Za-z0-9.-]{1,12})\/?$/,
  /^\/investing\/(?:stock|fund)\/([A-Za-z0-9.-]{1,12})\/?$/,
];

/** Paths that can be a quote link on a host no adapter serves (checked before any URL parsing). */
const GENERIC_HINT = /\/quotes?\/|\/market-data\/|\/investing\//;

export function symbolFromLink(a: HTMLAnchorElement, adapter: PageAdapter | undefined): string | null {
  const own = adapter?.tickerFromLink?.(a);
  if (own) return own;
  // Most article links go to other stories on other hosts: reject them without building a URL.
  const href = a.getAttribute('href') ?? '';
  const host = /^https?:\/\/([^/:?#]+)/i.exec(href)?.[1]?.toLowerCase();
  if (host && !QUOTE_HOSTS.has(host) && !GENERIC_HINT.test(href)) return null;
  const url = linkUrl(a);
  if (!url) return null;
  if (onSupportedSite(url)) return symbolFromQuoteUrl(url);
  // A generic page trusts only the supported sites' quote URLs: '/quote/X' on an unknown host proves nothing there.
  if (adapter?.id === GENERIC_SITE) return null;
  // Generic shapes only with an upper-case symbol ('/quote/AAPL'), so '/quotes/famous' stays a plain link.
  for (const re of GENERIC_QUOTE_PATHS) {
    const raw = re.exec(url.pathname)?.[1];
    if (raw && raw === raw.toUpperCase()) return canonicalSymbol(raw);
  }
  return null;
}
