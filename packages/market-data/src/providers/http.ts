/**
 * One HTTP GET for a provider, with the failure modes every provider shares mapped to typed errors:
 * network failure → ProviderUnavailable, 429 → RateLimited (Retry-After honoured), 5xx → ProviderUnavailable,
 * no complete answer within the deadline (headers and the whole body) → TimedOut.
 * Aborts by the caller propagate unchanged. The URL (which may hold a key) never enters an error.
 */
import { type Deadline, requestBudgetMs, secondsText } from '../net/deadline.ts';
import { isMarketDataError } from '../errors.ts';
import type { FetchLike } from '../types.ts';
import type { ErrorContext } from './error-context.ts';

export interface HttpAnswer {
  status: number;
  text: string;
  contentType: string;
  headers: Headers;
}

const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

export const isAbortError = (e: unknown): boolean =>
  e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError');

/** Seconds from a Retry-After header (delta-seconds or HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (!Number.isFinite(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

export interface GetOptions {
  fetch?: FetchLike;
  signal?: AbortSignal;
  now?: () => Date;
  headers?: Record<string, string>;
  /** Default: DEFAULT_REQUEST_TIMEOUT_MS per request, no overall budget. */
  deadline?: Deadline;
}

/** `p`, or the signal's reason once it aborts (then `onAbort` runs, e.g. to cancel a body still arriving). */
function raceSignal<T>(p: Promise<T>, signal: AbortSignal, onAbort: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** fetch + body under one timer: the limit covers a server that never answers and one that trickles. */
async function fetchText(fetchFn: FetchLike, url: string, init: RequestInit, limitMs: number, ctx: ErrorContext) {
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), limitMs);
  const caller = init.signal;
  const signal = caller ? AbortSignal.any([caller, timer.signal]) : timer.signal;
  try {
    const res = await fetchFn(url, { ...init, signal });
    // Raced against the signal too: a fetch whose body does not follow the signal still ends at the deadline.
    return { res, text: await raceSignal(res.text(), signal, () => res.body?.cancel().catch(() => undefined)) };
  } catch (e) {
    if (timer.signal.aborted && !caller?.aborted) throw ctx.timedOut(limitMs, `no answer for ${ctx.symbol} within ${secondsText(limitMs)}`);
    throw e;
  } finally {
    clearTimeout(handle);
  }
}

/** GETs `url`; returns the answer for any status < 500 except 429, which the caller interprets. */
export async function httpGet(url: string, ctx: ErrorContext, opts: GetOptions): Promise<HttpAnswer> {
  const fetchFn = opts.fetch ?? defaultFetch;
  opts.signal?.throwIfAborted();
  const limitMs = requestBudgetMs(opts.deadline);
  if (limitMs <= 0) throw ctx.timedOut(0, `the deadline passed before asking for ${ctx.symbol}`);
  let res: Response;
  let text: string;
  try {
    const init: RequestInit = { headers: { accept: '*/*', ...opts.headers } };
    if (opts.signal) init.signal = opts.signal;
    ({ res, text } = await fetchText(fetchFn, url, init, limitMs, ctx));
  } catch (e) {
    if (isMarketDataError(e)) throw e;
    if (isAbortError(e) || opts.signal?.aborted) throw opts.signal?.reason ?? e;
    const reason = e instanceof Error ? e.message : String(e);
    throw ctx.unavailable(null, `network error (${reason})`);
  }
  if (res.status === 429) {
    const retryAfter = parseRetryAfter(res.headers.get('retry-after'), (opts.now ?? (() => new Date()))());
    throw ctx.rateLimited(retryAfter, `rate limited (HTTP 429${text ? `: ${text.trim().slice(0, 80)}` : ''})`);
  }
  if (res.status >= 500) throw ctx.unavailable(res.status, `HTTP ${res.status}`);
  return { status: res.status, text, contentType: res.headers.get('content-type') ?? '', headers: res.headers };
}

/** httpGet with a provider's injected fetch/clock/deadline and the request's abort signal. */
export function providerGet(
  url: string,
  ctx: ErrorContext,
  opts: { fetch?: FetchLike | undefined; now?: (() => Date) | undefined; deadline?: Deadline | undefined },
  signal: AbortSignal | undefined,
): Promise<HttpAnswer> {
  const get: GetOptions = { signal };
  if (opts.fetch) get.fetch = opts.fetch;
  if (opts.now) get.now = opts.now;
  if (opts.deadline) get.deadline = opts.deadline;
  return httpGet(url, ctx, get);
}

/** JSON.parse that turns malformed bodies into BadResponse. */
export function parseJson(text: string, ctx: ErrorContext): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw ctx.bad(`malformed JSON (${text.trim().slice(0, 40)})`);
  }
}

/** True when a body is an HTML page rather than data. */
export const looksLikeHtml = (text: string): boolean => /^\s*<(!doctype|html|head|body)/i.test(text);
