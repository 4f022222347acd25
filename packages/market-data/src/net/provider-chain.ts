/**
 * A Provider made of providers tried in order, with coalescing, per-provider rate limits, retries and fallback.
 *
 * Policy (documented for callers):
 * - Coalescing: concurrent requests for the same symbol + range share one fetch through the chain.
 * - Rate limits: one token bucket per provider id (defaults in DEFAULT_RATE_LIMITS; sample/csv unlimited).
 *   Every attempt, retries included, takes a token.
 * - Retry: RateLimited / ProviderUnavailable are retried on the same provider up to `retries` times with
 *   exponential backoff + jitter, honouring retryAfter (see retry-policy.ts).
 * - Fallback: after retries, and at once on NeedsApiKey / BadResponse, the next provider is tried.
 *   Providers that declare they cannot express the symbol (SymbolAwareProvider.supports) are skipped.
 * - UnknownSymbol from an AUTHORITATIVE provider (default: the network providers) is final: that provider
 *   answered and said the symbol does not exist, so asking others only burns rate limit and risks a
 *   different instrument under the same ticker. From csv/sample (a user's files may simply lack the
 *   symbol) it falls through.
 * - Waits are bounded and never silent when a `deadline` is given (the CLI): a rate-limit wait or retry delay
 *   longer than what one request may take (requestBudgetMs) is not waited for — RateLimited at once, saying
 *   how long the wait would be; a shorter wait of 2 s or more is announced through `onWait` first.
 * - When every provider fails: the first error that is not NeedsApiKey (most preferred provider first),
 *   else the first error. Aborts propagate at once as the abort reason; non-market-data errors (bugs) too.
 */
import { isMarketDataError, type MarketDataErrorKind, RateLimited, UnknownSymbol } from '../errors.ts';
import { supportsSymbol } from '../providers/symbol-support.ts';
import type { BarRequest, BarSeries, Provider, ProviderId } from '../types.ts';
import { createCoalescer } from './coalesce.ts';
import { type Deadline, requestBudgetMs, secondsText } from './deadline.ts';
import { retryDelay } from './retry-policy.ts';
import { realSleep, type Sleep } from './sleep.ts';
import { createTokenBucket, type RateLimit, type TokenBucket } from './token-bucket.ts';

/** Conservative defaults from the providers' published free tiers (Yahoo: unpublished, kept gentle). */
export const DEFAULT_RATE_LIMITS: Partial<Record<ProviderId, RateLimit>> = {
  yahoo: { perMinute: 60, burst: 10 },
  stooq: { perMinute: 20, burst: 5 },
  alphavantage: { perMinute: 5, burst: 1 },
  tiingo: { perMinute: 50 / 60, burst: 5 },
  twelvedata: { perMinute: 8, burst: 2 },
};

export const DEFAULT_AUTHORITATIVE: readonly ProviderId[] = ['yahoo', 'stooq', 'alphavantage', 'tiingo', 'twelvedata'];

export interface ChainAttempt {
  provider: ProviderId;
  symbol: string;
  /** 0 for the first try, 1.. for retries. */
  attempt: number;
  outcome: 'ok' | 'skipped' | MarketDataErrorKind;
}

/** A wait the chain is about to make (announced only when `deadline` is set and the wait is ≥ 2 s). */
export interface ChainWait {
  provider: ProviderId;
  symbol: string;
  ms: number;
  /** 'rate-limit': the provider's request allowance (`limit`); 'retry': backoff after a transient error. */
  reason: 'rate-limit' | 'retry';
  limit?: RateLimit;
}

/** Waits shorter than this (the default backoff's 0.5–1.5 s) are not worth a line on a terminal. */
const ANNOUNCE_FROM_MS = 2000;

export interface ProviderChainOptions {
  /** Retries per provider on transient errors (default 2). */
  retries?: number;
  /** Backoff base (default 500 ms). */
  baseDelayMs?: number;
  /** Longest wait for one retry; a longer retryAfter means "move on" (default 30 s). */
  maxDelayMs?: number;
  sleep?: Sleep;
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
  /** Clock for the token buckets, ms (default Date.now). */
  now?: () => number;
  /** Overrides DEFAULT_RATE_LIMITS per provider; a provider without a limit is not limited. */
  rateLimits?: Partial<Record<ProviderId, RateLimit>>;
  authoritative?: readonly ProviderId[];
  /** Called after every attempt (observability, tests). */
  onAttempt?: (a: ChainAttempt) => void;
  /** Bounds every wait (see the policy above). Without it waits are only bounded by maxDelayMs / the bucket. */
  deadline?: Deadline;
  /** Told about each wait of 2 s or more before it starts (only with `deadline`). */
  onWait?: (w: ChainWait) => void;
}

export interface ProviderChain extends Provider {
  readonly providers: readonly Provider[];
  /** Requests currently in flight (after coalescing). */
  readonly inflight: number;
}

const pickError = (errors: unknown[]): unknown =>
  errors.find((e) => !(isMarketDataError(e) && e.kind === 'NeedsApiKey')) ?? errors[0];

/** One token bucket per rate-limited provider, made on first use; null for a provider without a limit. */
function bucketsFor(limits: Partial<Record<ProviderId, RateLimit>>, sleep: Sleep, now?: () => number): (id: ProviderId) => TokenBucket | null {
  const buckets = new Map<ProviderId, TokenBucket>();
  return (id) => {
    const limit = limits[id];
    if (!limit) return null;
    let b = buckets.get(id);
    if (!b) {
      b = createTokenBucket(limit, { sleep, ...(now ? { now } : {}) });
      buckets.set(id, b);
    }
    return b;
  };
}

/** With a deadline: false when `w.ms` is longer than a request may take, else announces a long wait. */
function mayWait(opts: ProviderChainOptions, w: ChainWait): boolean {
  if (!opts.deadline) return true;
  if (w.ms > requestBudgetMs(opts.deadline)) return false;
  if (w.ms >= ANNOUNCE_FROM_MS) opts.onWait?.(w);
  return true;
}

export function createProviderChain(providers: Provider[], opts: ProviderChainOptions = {}): ProviderChain {
  if (providers.length === 0) throw new RangeError('createProviderChain needs at least one provider');
  const sleep = opts.sleep ?? realSleep;
  const policy = {
    retries: opts.retries ?? 2,
    baseDelayMs: opts.baseDelayMs ?? 500,
    maxDelayMs: opts.maxDelayMs ?? 30_000,
    random: opts.random ?? Math.random,
  };
  const authoritative = new Set(opts.authoritative ?? DEFAULT_AUTHORITATIVE);
  const limits = { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits };
  const bucketFor = bucketsFor(limits, sleep, opts.now);
  const coalescer = createCoalescer<BarSeries>();
  const report = (provider: ProviderId, symbol: string, attempt: number, outcome: ChainAttempt['outcome']) =>
    opts.onAttempt?.({ provider, symbol, attempt, outcome });

  /** Takes a token of p's bucket; with a deadline, a wait longer than a request may take fails at once. */
  async function takeToken(p: Provider, symbol: string, attempt: number, signal: AbortSignal): Promise<void> {
    const bucket = bucketFor(p.id);
    if (!bucket) return;
    const ms = bucket.waitMs();
    if (ms > 0 && !mayWait(opts, { provider: p.id, symbol, ms, reason: 'rate-limit', limit: limits[p.id]! })) {
      report(p.id, symbol, attempt, 'RateLimited');
      const budget = secondsText(requestBudgetMs(opts.deadline));
      throw new RateLimited(p.id, symbol, Math.ceil(ms / 1000), `${p.id}: request limit reached; the next request for ${symbol} may go in ${secondsText(ms)}, longer than the ${budget} deadline`);
    }
    await bucket.take(signal);
  }

  /** One provider with its retries; resolves with the series or rejects with its last error. */
  async function tryProvider(p: Provider, req: BarRequest, signal: AbortSignal): Promise<BarSeries> {
    for (let attempt = 0; ; attempt++) {
      await takeToken(p, req.symbol, attempt, signal);
      try {
        const series = await p.getDailyBars({ ...req, signal });
        report(p.id, req.symbol, attempt, 'ok');
        return series;
      } catch (e) {
        if (!isMarketDataError(e)) throw e;
        report(p.id, req.symbol, attempt, e.kind);
        const delay = retryDelay(e, attempt, policy);
        if (delay === null || !mayWait(opts, { provider: p.id, symbol: req.symbol, ms: delay, reason: 'retry' })) throw e;
        await sleep(delay, signal);
      }
    }
  }

  async function runChain(req: BarRequest, signal: AbortSignal): Promise<BarSeries> {
    const errors: unknown[] = [];
    for (const p of providers) {
      signal.throwIfAborted();
      if (!supportsSymbol(p, req.symbol)) {
        report(p.id, req.symbol, 0, 'skipped');
        continue;
      }
      try {
        return await tryProvider(p, req, signal);
      } catch (e) {
        if (signal.aborted || !isMarketDataError(e)) throw signal.aborted ? signal.reason : e;
        if (e.kind === 'UnknownSymbol' && authoritative.has(p.id)) throw e;
        errors.push(e);
      }
    }
    if (errors.length === 0) {
      throw new UnknownSymbol(providers[0]!.id, req.symbol, `no configured provider can serve ${req.symbol}`);
    }
    throw pickError(errors);
  }

  return {
    id: providers[0]!.id,
    label: providers.map((p) => p.label).join(' → '),
    needsKey: providers.every((p) => p.needsKey),
    providers,
    get inflight() {
      return coalescer.size;
    },
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      const symbol = req.symbol.trim().toUpperCase();
      const key = `${symbol}|${req.from ?? ''}|${req.to ?? ''}`;
      const { signal, ...rest } = req;
      const series = await coalescer.run(key, signal, (shared) => runChain({ ...rest, symbol }, shared));
      // Each caller gets its own array: one caller mutating bars cannot affect another.
      return { ...series, bars: series.bars.slice() };
    },
  };
}
