import { quoteInput } from '@rotation-lens/market-data';
import { UsageError } from '../errors.ts';

/**
 * An http(s) URL from the environment variable `name`: unset or empty → undefined; anything but an absolute
 * http(s) URL without query is a usage error (exit 2) naming the variable. A trailing slash is dropped because
 * callers append their own paths.
 */
export function envHttpUrl(name: string, env: Record<string, string | undefined>): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new UsageError(`${name}: ${quoteInput(raw)} is not an http(s) base URL (e.g. http://127.0.0.1:8080)`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * `ROTATION_<PROVIDER>_BASE_URL` (e.g. ROTATION_YAHOO_BASE_URL=http://127.0.0.1:8080): sends that provider's
 * requests to another host — a local mirror, a proxy, or a test server. Unset or empty → the provider's own host.
 */
export const providerBaseUrl = (provider: string, env: Record<string, string | undefined>): string | undefined =>
  envHttpUrl(`ROTATION_${provider.toUpperCase()}_BASE_URL`, env);

/** `ROTATION_YAHOO_COOKIE_URL`: where the Yahoo cookie comes from (default https://fc.yahoo.com). */
export const yahooCookieUrl = (env: Record<string, string | undefined>): string | undefined => envHttpUrl('ROTATION_YAHOO_COOKIE_URL', env);
