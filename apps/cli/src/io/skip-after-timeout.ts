import { isTimedOut, type Provider, TimedOut } from '@rotation-lens/market-data';

/**
 * A provider that, once it has let one request run out its deadline, is not asked again in this run: every
 * later request fails at once with a TimedOut naming the first one, so a scan of 500 symbols against a provider
 * that hangs waits one deadline, not 500 (each symbol then comes from the cache, or fails with that reason).
 */
export function skipAfterTimeout<P extends Provider>(provider: P): P {
  let first: TimedOut | null = null;
  return {
    ...provider,
    async getDailyBars(req) {
      if (first) {
        throw new TimedOut(provider.id, req.symbol, first.afterMs, `${provider.id} did not answer ${first.symbol} in time earlier in this run; not asked again for ${req.symbol}`);
      }
      try {
        return await provider.getDailyBars(req);
      } catch (e) {
        // A budget that ran out before asking (afterMs 0) says nothing about the provider.
        if (isTimedOut(e) && e.afterMs > 0) first = e;
        throw e;
      }
    },
  };
}
