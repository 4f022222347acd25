import { describe, expect, it } from 'vitest';
import { virtualClock } from '../test/net.ts';
import { createTokenBucket } from './token-bucket.ts';

describe('token bucket', () => {
  it('lets a burst through, then spaces requests at perMinute', async () => {
    const clock = virtualClock();
    const bucket = createTokenBucket({ perMinute: 6, burst: 2 }, clock);
    for (let i = 0; i < 5; i++) await bucket.take();
    // 2 free, then one token every 10 s.
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000]);
    expect(clock.now()).toBe(30_000);
  });

  it('serves concurrent callers in order, never more than the limit allows', async () => {
    const clock = virtualClock();
    const bucket = createTokenBucket({ perMinute: 60, burst: 1 }, clock);
    const got: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => bucket.take().then(() => got.push(i))));
    expect(got).toEqual([0, 1, 2, 3]);
    expect(clock.now()).toBe(3_000);
  });

  it('refills with time and rejects bad limits', async () => {
    const clock = virtualClock();
    const bucket = createTokenBucket({ perMinute: 30 }, clock);
    expect(bucket.available()).toBe(7);
    expect(() => createTokenBucket({ perMinute: 0 })).toThrow(RangeError);
  });

  it('stops waiting when aborted', async () => {
    const bucket = createTokenBucket({ perMinute: 1, burst: 1 });
    await bucket.take();
    const ac = new AbortController();
    const waiting = bucket.take(ac.signal);
    ac.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });
});
