import type { ProviderId } from './types.ts';

/**
 * Typed market-data errors. Each carries the provider and symbol, and never the API key:
 * messages are built from the request's symbol and the provider's answer only.
 */
export type MarketDataErrorKind =
  | 'UnknownSymbol'
  | 'RateLimited'
  | 'ProviderUnavailable'
  | 'BadResponse'
  | 'NeedsApiKey'
  | 'Offline';

export class MarketDataError extends Error {
  override readonly name: string = 'MarketDataError';
  constructor(
    readonly kind: MarketDataErrorKind,
    readonly provider: ProviderId,
    readonly symbol: string,
    message: string,
  ) {
    super(message);
  }
}

export class UnknownSymbol extends MarketDataError {
  override readonly name = 'UnknownSymbol';
  constructor(provider: ProviderId, symbol: string, message = `${provider}: unknown symbol ${symbol}`) {
    super('UnknownSymbol', provider, symbol, message);
  }
}

export class RateLimited extends MarketDataError {
  override readonly name = 'RateLimited';
  constructor(
    provider: ProviderId,
    symbol: string,
    /** Seconds to wait before retrying, when the provider said so. */
    readonly retryAfter: number | null,
    message = `${provider}: rate limited while fetching ${symbol}`,
  ) {
    super('RateLimited', provider, symbol, message);
  }
}

export class ProviderUnavailable extends MarketDataError {
  override readonly name: string = 'ProviderUnavailable';
  constructor(
    provider: ProviderId,
    symbol: string,
    readonly status: number | null,
    message = `${provider}: unavailable while fetching ${symbol}`,
  ) {
    super('ProviderUnavailable', provider, symbol, message);
  }
}

/**
 * A request that did not finish within its deadline (no answer, or a body still arriving). Kind stays
 * 'ProviderUnavailable' (transient, the next provider may answer), but it is never mistaken for "offline":
 * the network worked, the provider did not answer in time.
 */
export class TimedOut extends ProviderUnavailable {
  override readonly name = 'TimedOut';
  constructor(
    provider: ProviderId,
    symbol: string,
    /** The limit that ran out, ms. */
    readonly afterMs: number,
    message = `${provider}: no answer for ${symbol} within ${afterMs} ms`,
  ) {
    super(provider, symbol, null, message);
  }
}

export const isTimedOut = (e: unknown): e is TimedOut => e instanceof TimedOut;

export class BadResponse extends MarketDataError {
  override readonly name = 'BadResponse';
  constructor(
    provider: ProviderId,
    symbol: string,
    readonly detail: string,
  ) {
    super('BadResponse', provider, symbol, `${provider}: bad response for ${symbol}: ${detail}`);
  }
}

export class NeedsApiKey extends MarketDataError {
  override readonly name = 'NeedsApiKey';
  constructor(provider: ProviderId, symbol: string, message = `${provider}: an API key is needed (add one in Options → Data)`) {
    super('NeedsApiKey', provider, symbol, message);
  }
}

export class Offline extends MarketDataError {
  override readonly name = 'Offline';
  constructor(provider: ProviderId, symbol: string, message = `offline: no network and no cached data for ${symbol}`) {
    super('Offline', provider, symbol, message);
  }
}

export const isMarketDataError = (e: unknown): e is MarketDataError => e instanceof MarketDataError;
