import { describe, expect, it } from 'vitest';
import { Offline, ProviderUnavailable, RateLimited } from '../errors.ts';
import { historyStart } from './history-start.ts';
import { raceAbort, toMarketDataError } from './refresh-errors.ts';

describe('historyStart', () => {
  it('whole years back; Feb 29 rolls forward; bad input throws', () => {
    expect(historyStart('2024-03-11', 10)).toBe('2014-03-11');
    expect(historyStart('2024-02-29', 1)).toBe('2023-03-01');
    expect(() => historyStart('2024-03-11', 0)).toThrow(RangeError);
    expect(() => historyStart('2024-03-11', Number.NaN)).toThrow(RangeError);
  });
});

describe('toMarketDataError', () => {
  it('network-level failures and offline devices → Offline; typed errors kept; others generic', () => {
    expect(toMarketDataError(new TypeError('fetch failed'), 'yahoo', 'SPY', true)).toBeInstanceOf(Offline);
    expect(toMarketDataError(new ProviderUnavailable('yahoo', 'SPY', null), 'yahoo', 'SPY', true)).toBeInstanceOf(Offline);
    expect(toMarketDataError(new ProviderUnavailable('yahoo', 'SPY', 503), 'yahoo', 'SPY', false)).toBeInstanceOf(Offline);
    const rate = new RateLimited('yahoo', 'SPY', 5);
    expect(toMarketDataError(rate, 'yahoo', 'SPY', true)).toBe(rate);
    const odd = toMarketDataError(new Error('GET https://x/?apikey=SECRET123 exploded'), 'yahoo', 'SPY', true);
    expect(odd).toBeInstanceOf(ProviderUnavailable);
    expect(odd.message).not.toContain('SECRET123');
  });
});

describe('raceAbort', () => {
  it('rejects with the reason when aborted; otherwise passes the value through', async () => {
    expect(await raceAbort(Promise.resolve(1), new AbortController().signal)).toBe(1);
    const ctrl = new AbortController();
    const never = new Promise<number>(() => undefined);
    const p = raceAbort(never, ctrl.signal);
    ctrl.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
  });
});
