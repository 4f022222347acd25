import { MarketDataError, UnknownSymbol } from '../errors.ts';
import type { BarRequest, BarSeries, Provider } from '../types.ts';

/**
 * Minimal in-order fallback over providers, used by the service when no chain is injected.
 * Next provider on any MarketDataError except UnknownSymbol (the first provider that knows the market
 * well enough to say "no such symbol" is believed). Aborts stop at once. All failed → the first error.
 * The full chain (retry, rate limits, coalescing) lives in src/net/ (createProviderChain).
 */
export function createFallbackChain(providers: Provider[]): Provider {
  const first = providers[0];
  if (!first) throw new RangeError('at least one provider is needed');
  return {
    id: first.id,
    label: providers.map((p) => p.label).join(' → '),
    needsKey: providers.every((p) => p.needsKey),
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      let firstError: unknown = null;
      for (const provider of providers) {
        req.signal?.throwIfAborted();
        try {
          return await provider.getDailyBars(req);
        } catch (e) {
          if (e instanceof UnknownSymbol || !(e instanceof MarketDataError)) throw e;
          firstError ??= e;
        }
      }
      throw firstError;
    },
  };
}
