/**
 * When to retry the same provider, and after how long.
 * Retried: RateLimited and ProviderUnavailable (transient). Delay: the provider's retryAfter when given,
 * else exponential backoff baseDelayMs · 2^attempt plus jitter in [0, baseDelayMs).
 * A delay above maxDelayMs is not waited for: the chain moves on to the next provider instead.
 * A request that timed out is not retried: a provider that held it for the whole deadline is not asked again
 * at once (the next provider, or the cache, answers instead).
 */
import { isMarketDataError, isTimedOut } from '../errors.ts';

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

/** Milliseconds to wait before retry number `attempt` (0-based), or null when not to retry. */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number | null {
  if (attempt >= policy.retries || !isMarketDataError(error) || isTimedOut(error)) return null;
  if (error.kind !== 'RateLimited' && error.kind !== 'ProviderUnavailable') return null;
  const retryAfter = error.kind === 'RateLimited' ? (error as { retryAfter?: number | null }).retryAfter : null;
  const delay =
    retryAfter != null
      ? retryAfter * 1000
      : policy.baseDelayMs * 2 ** attempt + Math.floor(policy.random() * policy.baseDelayMs);
  return delay <= policy.maxDelayMs ? delay : null;
}
