/** Test helpers for the chain: a virtual clock and scripted providers. Test-only. */
import type { BarRequest, BarSeries, Provider, ProviderId } from '../types.ts';
import type { Sleep } from '../net/sleep.ts';

/** A clock whose sleep advances virtual time at once and records each wait. */
export function virtualClock(start = 0): { now: () => number; sleep: Sleep; sleeps: number[] } {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleeps,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      t += ms;
      await Promise.resolve();
      signal?.throwIfAborted();
    },
  };
}

export const series = (provider: ProviderId, symbol: string, close = 100): BarSeries => ({
  symbol,
  provider,
  bars: [{ date: '2024-09-12', close }],
});

/** Each call runs the next step of the script (the last repeats); records the requests. */
export function scriptedProvider(
  id: ProviderId,
  steps: Array<(req: BarRequest) => Promise<BarSeries> | BarSeries>,
  extra: Partial<Provider> & { supports?: (s: string) => boolean } = {},
): Provider & { calls: BarRequest[] } {
  const calls: BarRequest[] = [];
  return {
    id,
    label: id,
    needsKey: false,
    ...extra,
    calls,
    async getDailyBars(req) {
      const step = steps[Math.min(calls.length, steps.length - 1)]!;
      calls.push(req);
      return step(req);
    },
  };
}
