import type { LiveValuationStore } from '@rotation-lens/market-data';
import { describe, expect, it } from 'vitest';
import { LIVE_OFF_TEXT } from '../../present/valuation/refresh-text.ts';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { memoryStore, yahooQuotes } from '../../test/live-valuation-fakes.ts';
import { fakeCtx } from '../../test/worker.ts';
import type { LiveValuation } from '../deps.ts';
import { refreshLiveReadings } from '../live-valuation.ts';
import { openOptions } from './open-options.ts';
import { refreshValuation } from './refresh-valuation.ts';

const NOW = new Date('2026-12-04T22:00:00Z');
const yahoo = yahooQuotes({ forward: true });
const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

/** The worker's live readings over a memory store, the permission and the network as given. */
function live(store: LiveValuationStore, permitted: boolean, fetch: typeof globalThis.fetch): LiveValuation & { forced: boolean[] } {
  const forced: boolean[] = [];
  return {
    forced,
    refreshNow: (s) => {
      forced.push(true);
      return refreshLiveReadings(s, { store, permitted: async () => permitted, now: () => NOW, fetch }, true);
    },
  };
}

const OLD = {
  id: 'yahoo-2026-10-01-IWM-SPY-trailing', date: '2026-10-01', smallIndex: 'IWM', largeIndex: 'SPY', peSmall: 17, peLarge: 26,
  basis: 'trailing', source: 'Yahoo Finance, trailing P/E', shipped: false,
};

describe('refresh-valuation', () => {
  it('granted: fetches now (even when today’s fetch already ran), answers the fresh date and drops memoised views', async () => {
    const store = memoryStore({ version: 1, readings: [OLD], lastAttempt: NOW.toISOString() });
    const l = live(store, true, yahoo);
    const ctx = fakeCtx({ bars: new Map(), live: l });
    ctx.memo.set('k', 1);
    expect(await refreshValuation({ type: 'refresh-valuation' }, ctx)).toEqual({
      status: 'fresh', date: '2026-12-04', source: expect.stringMatching(/^Yahoo Finance, (trailing|forward) P\/E$/), text: expect.stringMatching(/^Updated: reading of 2026-12-04 /),
    });
    expect(l.forced).toEqual([true]);
    expect(ctx.memo.size).toBe(0);
    expect((store.saved as { readings: { date: string }[] }).readings.map((r) => r.date)).toEqual(['2026-10-01', '2026-12-04', '2026-12-04']);
  });

  it('not granted: nothing fetched, the answer says live readings are not allowed', async () => {
    let calls = 0;
    const counting: typeof fetch = async (...a) => {
      calls++;
      return yahoo(...a);
    };
    const ctx = fakeCtx({ bars: new Map(), live: live(memoryStore(), false, counting) });
    ctx.memo.set('k', 1);
    expect(await refreshValuation({ type: 'refresh-valuation' }, ctx)).toEqual({ status: 'not-permitted', text: LIVE_OFF_TEXT });
    expect(calls).toBe(0);
    expect(ctx.memo.size).toBe(1);
  });

  it('network error: the last reading stays (kept in storage and named in the answer)', async () => {
    const store = memoryStore({ version: 1, readings: [OLD], lastAttempt: null });
    const ctx = fakeCtx({ bars: new Map(), live: live(store, true, offline) });
    expect(await refreshValuation({ type: 'refresh-valuation' }, ctx)).toEqual({ status: 'failed', message: expect.stringMatching(/^yahoo: network error/), lastDate: '2026-10-01', text: expect.stringMatching(/the reading of 2026-10-01 stays\.$/) });
    expect(store.saved).toMatchObject({ readings: [OLD], lastError: { message: expect.stringMatching(/network error/) } });
  });

  it('a failure with no reading kept: no last date', async () => {
    const ctx = fakeCtx({ bars: new Map(), live: live(memoryStore(), true, offline) });
    expect(await refreshValuation({ type: 'refresh-valuation' }, ctx)).toEqual({ status: 'failed', message: expect.stringMatching(/^yahoo: network error/), lastDate: null, text: expect.stringMatching(/no live reading yet\.$/) });
  });

  it('readings of another pair do not count as this pair’s last reading', async () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.comparison.smallProxy = 'IJR';
    const ctx = fakeCtx({ bars: new Map(), settings: s, live: live(memoryStore({ version: 1, readings: [OLD], lastAttempt: null }), true, offline) });
    expect(await refreshValuation({ type: 'refresh-valuation' }, ctx)).toMatchObject({ status: 'failed', lastDate: null, text: expect.stringMatching(/no live reading yet\.$/) });
  });
});

describe('open-options at a section', () => {
  it('passes the section through (the valuation readings, from a stale discount)', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    await openOptions({ type: 'open-options', section: 'valuation' }, ctx);
    expect(ctx.optionsSections).toEqual(['valuation']);
  });
});
