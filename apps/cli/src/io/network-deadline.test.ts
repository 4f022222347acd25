import { describe, expect, it } from 'vitest';
import { waitNotice } from './provider-source.ts';
import { createLoadDeadline } from './network-deadline.ts';

describe('createLoadDeadline', () => {
  it('gives each request --timeout, and a load twice that in all from start()', () => {
    let t = 1000;
    const d = createLoadDeadline(15_000, () => t);
    expect(d.requestMs).toBe(15_000);
    expect(d.remainingMs()).toBe(Number.POSITIVE_INFINITY);
    d.start();
    t += 20_000;
    expect(d.remainingMs()).toBe(10_000);
  });
});

describe('waitNotice', () => {
  it('says what the CLI waits for and how long', () => {
    expect(waitNotice({ provider: 'tiingo', symbol: 'IWM', ms: 9_400, reason: 'rate-limit', limit: { perMinute: 50 / 60 } })).toBe(
      "rotation: waiting 9.4 s for tiingo's limit of 50 requests an hour before asking for IWM\n",
    );
    expect(waitNotice({ provider: 'alphavantage', symbol: 'SPY', ms: 12_000, reason: 'rate-limit', limit: { perMinute: 5 } })).toBe(
      "rotation: waiting 12 s for alphavantage's limit of 5 requests a minute before asking for SPY\n",
    );
    expect(waitNotice({ provider: 'yahoo', symbol: 'SPY', ms: 2_000, reason: 'retry' })).toBe('rotation: waiting 2 s for yahoo to recover (retry) before asking for SPY\n');
  });
});
