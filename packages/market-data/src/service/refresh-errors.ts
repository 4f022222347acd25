import { isTimedOut, MarketDataError, Offline, ProviderUnavailable } from '../errors.ts';
import type { ProviderId } from '../types.ts';

/**
 * How refresh failures are reported. Whatever a provider throws becomes a typed MarketDataError:
 * - when the device is offline, or the failure happened below HTTP (network error: ProviderUnavailable
 *   with no status, or a raw fetch TypeError) → Offline; a TimedOut stays itself (the network worked, the
 *   provider did not answer in time);
 * - any other non-typed error → ProviderUnavailable with a generic message (a raw message may quote a URL
 *   that holds an API key, so it is never copied).
 * Aborts are not failures: they are re-thrown unchanged by the caller (see isAbort).
 */
export function toMarketDataError(e: unknown, provider: ProviderId, symbol: string, online: boolean): MarketDataError {
  const networkLevel = e instanceof TypeError || (e instanceof ProviderUnavailable && e.status === null && !isTimedOut(e));
  if (!online || networkLevel) return new Offline(provider, symbol, `offline: could not reach a data provider for ${symbol}`);
  if (e instanceof MarketDataError) return e;
  return new ProviderUnavailable(provider, symbol, null, `${provider}: unexpected failure while fetching ${symbol}`);
}

export const isAbort = (e: unknown): boolean =>
  e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError');

export interface RefreshError {
  kind: string;
  message: string;
}

export const describeError = (e: MarketDataError): RefreshError => ({ kind: e.kind, message: e.message });

/** Waits for `p` unless `signal` aborts first; the underlying work (shared with others) is not cancelled. */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
