/**
 * Token-bucket rate limiter. Tokens refill continuously at perMinute/60 000 per ms up to `burst`;
 * each request takes one. Callers are served strictly in arrival order (one queue), so a burst of
 * callers is spread out instead of racing. In any 60 s window at most burst + perMinute requests pass.
 */
import { realSleep, type Sleep } from './sleep.ts';

export interface RateLimit {
  perMinute: number;
  /** Bucket size. Default: max(1, floor(perMinute / 4)). */
  burst?: number;
}

export interface TokenBucket {
  /** Resolves when a token is taken; rejects with the abort reason if `signal` aborts while waiting. */
  take(signal?: AbortSignal): Promise<void>;
  /** Tokens available now (fractional). */
  available(): number;
  /** How long a caller arriving now would wait for its token, ms (0 when one is free; callers queued ahead ignored). */
  waitMs(): number;
}

export function createTokenBucket(
  limit: RateLimit,
  clock: { now?: () => number; sleep?: Sleep } = {},
): TokenBucket {
  if (!(limit.perMinute > 0)) throw new RangeError(`perMinute must be > 0, got ${limit.perMinute}`);
  const now = clock.now ?? Date.now;
  const sleep = clock.sleep ?? realSleep;
  const capacity = limit.burst ?? Math.max(1, Math.floor(limit.perMinute / 4));
  const perMs = limit.perMinute / 60_000;
  let tokens = capacity;
  let last = now();
  let queue: Promise<void> = Promise.resolve();

  const refill = () => {
    const t = now();
    tokens = Math.min(capacity, tokens + (t - last) * perMs);
    last = t;
  };

  return {
    available() {
      refill();
      return tokens;
    },
    waitMs() {
      refill();
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perMs);
    },
    take(signal) {
      const turn = queue.then(async () => {
        for (;;) {
          signal?.throwIfAborted();
          refill();
          if (tokens >= 1) {
            tokens -= 1;
            return;
          }
          await sleep(Math.ceil((1 - tokens) / perMs), signal);
        }
      });
      // The next caller waits for this one to finish, whether it got a token or gave up.
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
