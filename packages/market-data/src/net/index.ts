export { type Coalescer, createCoalescer } from './coalesce.ts';
export {
  type ChainAttempt,
  type ChainWait,
  createProviderChain,
  DEFAULT_AUTHORITATIVE,
  DEFAULT_RATE_LIMITS,
  type ProviderChain,
  type ProviderChainOptions,
} from './provider-chain.ts';
export { type RetryPolicy, retryDelay } from './retry-policy.ts';
export { realSleep, type Sleep } from './sleep.ts';
export { createTokenBucket, type RateLimit, type TokenBucket } from './token-bucket.ts';
export { DEFAULT_REQUEST_TIMEOUT_MS, type Deadline, requestBudgetMs, secondsText } from './deadline.ts';
