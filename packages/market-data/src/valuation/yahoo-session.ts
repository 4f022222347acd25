/**
 * Yahoo's cookie + crumb handshake, as every keyless Yahoo client does it:
 * 1. GET {cookieUrl} (https://fc.yahoo.com): answers 404 but sets the `A3` cookie;
 * 2. GET {base}/v1/test/getcrumb with that cookie: the text body is the crumb;
 * 3. every protected request carries the cookie and `&crumb=`.
 * A 401 `Invalid Crumb` / `Invalid Cookie` means the pair expired: one new handshake, one retry, never more.
 *
 * Cookies: in Node the `set-cookie` header is readable and sent back as `cookie`; in a browser (the
 * extension's worker) both headers are forbidden, so every request goes `credentials: 'include'` and the
 * browser's own cookie jar carries `A3`.
 */
import type { BadResponse } from '../errors.ts';
import { httpGet, type HttpAnswer, looksLikeHtml } from '../providers/http.ts';
import type { ErrorContext } from '../providers/error-context.ts';
import { YAHOO_HOSTS } from '../providers/yahoo.ts';
import type { Deadline } from '../net/deadline.ts';
import type { FetchLike } from '../types.ts';

export const YAHOO_COOKIE_URL = 'https://fc.yahoo.com';

export interface YahooSessionOptions {
  fetch?: FetchLike;
  /** Host of getcrumb and the quote endpoint. Default query1.finance.yahoo.com. */
  baseUrl?: string;
  /** Where the cookie comes from. Default https://fc.yahoo.com. */
  cookieUrl?: string;
  now?: () => Date;
  /** Deadline of each request (headers and body), as for the price providers. */
  deadline?: Deadline;
}

export interface YahooSession {
  /** GETs `{base}{pathAndQuery}&crumb=…`; after a 401 Invalid Crumb/Cookie, shakes hands again and retries once. */
  get(pathAndQuery: string, ctx: ErrorContext, signal?: AbortSignal): Promise<HttpAnswer>;
}

interface Auth {
  cookie: string;
  crumb: string;
}

/** A crumb is a short opaque token; anything else (HTML, JSON, an error text) is not one. */
const CRUMB = /^[^\s<>{}"]{1,64}$/;

/** The 401 body of an expired or missing cookie/crumb pair. */
export const isCrumbRefusal = (ans: HttpAnswer): boolean =>
  ans.status === 401 && /Invalid (Crumb|Cookie)/i.test(ans.text);

/** An HTML answer where data was expected; Yahoo's EU consent wall (guce.yahoo.com) says so by name. */
export function htmlInsteadOfData(ctx: ErrorContext, step: string): BadResponse {
  return ctx.bad(`${step}: Yahoo answered with an HTML page (a consent or sign-in wall?) instead of data`);
}

const isConsentPage = (ans: HttpAnswer): boolean => looksLikeHtml(ans.text) && /consent/i.test(ans.text);

/** `name=value` pairs of every Set-Cookie header, ready for a `cookie` request header ('' in browsers). */
function cookieHeader(headers: Headers): string {
  const all = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [];
  return all.map((c) => c.split(';', 1)[0]!.trim()).filter((c) => c.includes('=')).join('; ');
}

export function createYahooSession(opts: YahooSessionOptions = {}): YahooSession {
  const base = opts.baseUrl ?? YAHOO_HOSTS[0];
  const cookieUrl = opts.cookieUrl ?? YAHOO_COOKIE_URL;
  const baseFetch: FetchLike = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fetch: FetchLike = (input, init) => baseFetch(input, { ...init, credentials: 'include' });
  let auth: Promise<Auth> | null = null;

  const get = (url: string, ctx: ErrorContext, signal: AbortSignal | undefined, cookie = '') =>
    httpGet(url, ctx, {
      fetch,
      ...(signal ? { signal } : {}),
      ...(opts.now ? { now: opts.now } : {}),
      ...(opts.deadline ? { deadline: opts.deadline } : {}),
      ...(cookie ? { headers: { cookie } } : {}),
    });

  async function handshake(ctx: ErrorContext, signal: AbortSignal | undefined): Promise<Auth> {
    const first = await get(cookieUrl, ctx, signal);
    if (isConsentPage(first)) throw htmlInsteadOfData(ctx, 'cookie');
    const cookie = cookieHeader(first.headers);
    const ans = await get(`${base}/v1/test/getcrumb`, ctx, signal, cookie);
    if (looksLikeHtml(ans.text)) throw htmlInsteadOfData(ctx, 'crumb');
    if (ans.status === 401 || ans.status === 403) throw ctx.unavailable(ans.status, `Yahoo refused a crumb (HTTP ${ans.status})`);
    if (ans.status !== 200) throw ctx.bad(`crumb: HTTP ${ans.status}`);
    const crumb = ans.text.trim();
    if (!CRUMB.test(crumb)) throw ctx.bad(`crumb: not a crumb (${crumb.slice(0, 40) || 'empty answer'})`);
    return { cookie, crumb };
  }

  const currentAuth = (ctx: ErrorContext, signal: AbortSignal | undefined): Promise<Auth> => {
    auth ??= handshake(ctx, signal).catch((e: unknown) => {
      auth = null;
      throw e;
    });
    return auth;
  };

  return {
    async get(pathAndQuery, ctx, signal) {
      const sep = pathAndQuery.includes('?') ? '&' : '?';
      for (let attempt = 0; ; attempt++) {
        const { cookie, crumb } = await currentAuth(ctx, signal);
        const ans = await get(`${base}${pathAndQuery}${sep}crumb=${encodeURIComponent(crumb)}`, ctx, signal, cookie);
        if (!isCrumbRefusal(ans) || attempt > 0) return ans;
        auth = null;
      }
    },
  };
}
