import type { Deadline } from '@rotation-lens/market-data';

/**
 * How long one symbol's prices may take from the network: this many request deadlines in all (the tail and the
 * full fetch, a fallback host, retries and rate-limit waits included). `report` loads both symbols at once, so
 * its network wait is bounded by the same figure; `scan` loads symbols one after another, each with this budget.
 */
export const LOAD_BUDGET_REQUESTS = 2;

export interface LoadDeadline extends Deadline {
  /** Starts a load's budget now (LOAD_BUDGET_REQUESTS × requestMs). */
  start(): void;
}

/** The CLI's deadline: `requestMs` per request (--timeout), and a budget per symbol load that start() opens. */
export function createLoadDeadline(requestMs: number, clock: () => number = Date.now): LoadDeadline {
  let until = Number.POSITIVE_INFINITY;
  return {
    requestMs,
    remainingMs: () => until - clock(),
    start() {
      until = clock() + LOAD_BUDGET_REQUESTS * requestMs;
    },
  };
}
