import { describe, expect, it } from 'vitest';
import { RateLimited } from '../errors.ts';
import type { ValuationReading } from '../types.ts';
import { testReading } from '../test/reading.ts';
import { type LiveValuationStore, loadLiveState, refreshLiveValuation } from './live-valuation.ts';
import type { LiveValuationSource } from './yahoo-valuation.ts';

const reading = (date: string, peSmall: number) => testReading(`yahoo-${date}-IWM-SPY-trailing`, date, peSmall);

function memoryStore(initial: unknown = null): LiveValuationStore & { saved: unknown } {
  const s = {
    saved: initial,
    load: async () => s.saved,
    save: async (state: unknown) => {
      s.saved = structuredClone(state);
    },
  };
  return s;
}

function scripted(...answers: (ValuationReading[] | Error)[]): LiveValuationSource & { calls: number } {
  const src = {
    calls: 0,
    readings: async () => {
      const a = answers[Math.min(src.calls++, answers.length - 1)]!;
      if (a instanceof Error) throw a;
      return a;
    },
  };
  return src;
}

const pair = { small: 'IWM', large: 'SPY' };
const friAfterClose = new Date('2026-12-04T22:00:00Z');
const monAfterClose = new Date('2026-12-07T22:00:00Z');

describe('refreshLiveValuation', () => {
  it('fetches when due, keeps history, and does not fetch again before the next close', async () => {
    const store = memoryStore();
    const src = scripted([reading('2026-12-04', 18)], [reading('2026-12-07', 18.5)]);
    expect((await refreshLiveValuation(src, store, pair, { now: friAfterClose })).fetched).toBe(true);
    const again = await refreshLiveValuation(src, store, pair, { now: new Date('2026-12-05T10:00:00Z') });
    expect(again).toEqual({ readings: [reading('2026-12-04', 18)], fetched: false });
    expect(src.calls).toBe(1);
    const monday = await refreshLiveValuation(src, store, pair, { now: monAfterClose });
    expect(monday.readings.map((r) => r.date)).toEqual(['2026-12-04', '2026-12-07']);
  });

  it('a failed fetch keeps the last good readings and says why; the failure is not retried before the next close', async () => {
    const store = memoryStore();
    const src = scripted([reading('2026-12-04', 18)], new RateLimited('yahoo', 'IWM,SPY', 30, 'yahoo: rate limited (HTTP 429: Edge: Too Many Requests)'));
    await refreshLiveValuation(src, store, pair, { now: friAfterClose });
    const failed = await refreshLiveValuation(src, store, pair, { now: monAfterClose });
    expect(failed.fetched).toBe(false);
    expect(failed.readings).toEqual([reading('2026-12-04', 18)]);
    expect(failed.error).toEqual({ kind: 'RateLimited', message: 'yahoo: rate limited (HTTP 429: Edge: Too Many Requests)' });
    const later = await refreshLiveValuation(src, store, pair, { now: new Date('2026-12-07T23:00:00Z') });
    expect(src.calls).toBe(2);
    expect(later.error?.kind).toBe('RateLimited');
  });

  it('force fetches even when not due (a user pressing refresh)', async () => {
    const store = memoryStore();
    const src = scripted([reading('2026-12-04', 18)]);
    await refreshLiveValuation(src, store, pair, { now: friAfterClose });
    await refreshLiveValuation(src, store, pair, { now: friAfterClose, force: true });
    expect(src.calls).toBe(2);
  });

  it('an unreadable stored state counts as empty and is replaced', async () => {
    const store = memoryStore({ version: 1, readings: [{ id: 'x', peSmall: -1 }], lastAttempt: null });
    expect((await loadLiveState(store)).readings).toEqual([]);
    const r = await refreshLiveValuation(scripted([reading('2026-12-04', 18)]), store, pair, { now: friAfterClose });
    expect(r.readings).toHaveLength(1);
    expect((await loadLiveState(store)).readings).toHaveLength(1);
  });
});
