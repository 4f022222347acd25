/**
 * Builds the typed errors of one request. Invariant: every message and detail passes through `redact`,
 * so an API key can never leak into an error — even when a provider echoes it back in its answer.
 */
import { BadResponse, NeedsApiKey, ProviderUnavailable, RateLimited, TimedOut, UnknownSymbol } from '../errors.ts';
import type { ProviderId } from '../types.ts';

const MAX_DETAIL = 200;

export interface ErrorContext {
  readonly provider: ProviderId;
  readonly symbol: string;
  redact(text: string): string;
  unknown(message?: string): UnknownSymbol;
  rateLimited(retryAfter: number | null, message?: string): RateLimited;
  unavailable(status: number | null, message?: string): ProviderUnavailable;
  timedOut(afterMs: number, message: string): TimedOut;
  bad(detail: string): BadResponse;
  needsKey(message?: string): NeedsApiKey;
}

export function errorContext(provider: ProviderId, symbol: string, apiKey?: string): ErrorContext {
  const secrets = apiKey ? [apiKey, encodeURIComponent(apiKey)].filter((s) => s.length > 0) : [];
  const redact = (text: string): string => {
    let out = text;
    for (const s of secrets) out = out.split(s).join('***');
    return out.length > MAX_DETAIL ? `${out.slice(0, MAX_DETAIL)}…` : out;
  };
  const msg = (m: string | undefined) => (m === undefined ? undefined : redact(`${provider}: ${m}`));
  // The symbol comes from the caller, but redact it too: a caller could pass anything.
  const sym = redact(symbol);
  return {
    provider,
    symbol: sym,
    redact,
    unknown: (m) => new UnknownSymbol(provider, sym, msg(m)),
    rateLimited: (retryAfter, m) => new RateLimited(provider, sym, retryAfter, msg(m)),
    unavailable: (status, m) => new ProviderUnavailable(provider, sym, status, msg(m)),
    timedOut: (afterMs, m) => new TimedOut(provider, sym, afterMs, msg(m)),
    bad: (detail) => new BadResponse(provider, sym, redact(detail)),
    needsKey: (m) => new NeedsApiKey(provider, sym, msg(m)),
  };
}

/**
 * Pre-flight of a keyed provider, before any request: the key must be set (NeedsApiKey) and the symbol
 * expressible (UnknownSymbol). Returns the key, URL-encoded for a query string.
 */
export function preflight(ctx: ErrorContext, apiKey: string | undefined, supported: boolean, label: string): string {
  if (!apiKey) throw ctx.needsKey();
  if (!supported) throw ctx.unknown(`${ctx.symbol} is not available on ${label}`);
  return encodeURIComponent(apiKey);
}
