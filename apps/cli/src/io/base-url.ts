import { quoteInput } from '@rotation-lens/market-data';
import { UsageError } from '../errors.ts';

/**
 * `ROTATION_<PROVIDER>_BASE_URL` (e.g. ROTATION_YAHOO_BASE_URL=http://127.0.0.1:8080): sends that provider's
 * requests to another host — a local mirror, a proxy, or a test server. Unset or empty → the provider's own
 * host. Anything but an absolute http(s) URL is a usage error (exit 2) naming the variable. A trailing slash is
 * dropped because providers append their own paths.
 */
export function providerBaseUrl(provider: string, env: Record<string, string | undefined>): string | undefined {
  const name = `ROTATION_${provider.toUpperCase()}_BASE_URL`;
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
