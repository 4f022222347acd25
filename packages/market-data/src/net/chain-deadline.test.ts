import { describe, expect, it } from 'vitest';
import { ProviderUnavailable, RateLimited } from '../errors.ts';
import { type ChainWait, createProviderChain } from './provider-chain.ts';
import { scriptedProvider, series, virtualClock } from '../test/net.ts';

const deadline = (requestMs: number) => ({ requestMs, remainingMs: () => Number.POSITIVE_INFINITY });

describe('provider chain with a deadline: no silent waits', () => {
  it("Tiingo's 6th request in a minute (a 72 s wait) fails at once instead of waiting past the 15 s deadline", async () => {
    const clock = virtualClock();
    const tiingo = scriptedProvider('tiingo', [(req) => series('tiingo', req.symbol)]);
    const waits: ChainWait[] = [];
    const chain = createProviderChain([tiingo], { ...clock, deadline: deadline(15_000), onWait: (w) => waits.push(w) });
    for (const s of ['A', 'B', 'C', 'D', 'E']) await chain.getDailyBars({ symbol: s });
    const sixth = chain.getDailyBars({ symbol: 'F' });
    await expect(sixth).rejects.toBeInstanceOf(RateLimited);
    await expect(sixth).rejects.toThrow('tiingo: request limit reached; the next request for F may go in 72 s, longer than the 15 s deadline');
    expect(clock.sleeps).toEqual([]);
    expect(tiingo.calls).toHaveLength(5);
    expect(waits).toEqual([]);
  });

  it('a wait within the deadline is announced (what for, how long) before it starts', async () => {
    const clock = virtualClock();
    const tiingo = scriptedProvider('tiingo', [(req) => series('tiingo', req.symbol)]);
    const waits: ChainWait[] = [];
    const chain = createProviderChain([tiingo], { ...clock, deadline: deadline(120_000), onWait: (w) => waits.push(w) });
    for (const s of ['A', 'B', 'C', 'D', 'E', 'F']) await chain.getDailyBars({ symbol: s });
    expect(tiingo.calls).toHaveLength(6);
    expect(waits).toEqual([{ provider: 'tiingo', symbol: 'F', ms: 72_000, reason: 'rate-limit', limit: { perMinute: 50 / 60, burst: 5 } }]);
    expect(clock.sleeps).toEqual([72_000]);
  });

  it('a retry delay longer than the deadline is not waited for; a shorter one of ≥ 2 s is announced, a shorter backoff is not', async () => {
    const clock = virtualClock();
    const waits: ChainWait[] = [];
    const limited = scriptedProvider('yahoo', [() => Promise.reject(new RateLimited('yahoo', 'SPY', 20))]);
    const chain = createProviderChain([limited], { ...clock, deadline: deadline(5_000), onWait: (w) => waits.push(w) });
    await expect(chain.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(RateLimited);
    expect(limited.calls).toHaveLength(1);

    const unavailable = () => Promise.reject(new ProviderUnavailable('yahoo', 'IWM', 503));
    const flaky = scriptedProvider('yahoo', [unavailable, unavailable, (req) => series('yahoo', req.symbol)]);
    const chain2 = createProviderChain([flaky], { ...clock, baseDelayMs: 1000, random: () => 0, deadline: deadline(5_000), onWait: (w) => waits.push(w) });
    await chain2.getDailyBars({ symbol: 'IWM' });
    expect(clock.sleeps.slice(-2)).toEqual([1000, 2000]);
    expect(waits).toEqual([{ provider: 'yahoo', symbol: 'IWM', ms: 2000, reason: 'retry' }]);
  });
});
