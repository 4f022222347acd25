/** get-badges and the reply store: a restarted worker answers a repeated page from what was kept. */
import type { BarsResult } from '@rotation-lens/market-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReplyStore, type ReplyArea } from '../reply-store.ts';
import { fakeCtx, sampleBars } from '../../test/worker.ts';
import { getBadges } from './get-badges.ts';
import type { RequestOf } from './types.ts';

let bars: Awaited<ReturnType<typeof sampleBars>>;
beforeAll(async () => {
  bars = await sampleBars(['SPY', 'IWM', 'AAPL', 'MSFT']);
});

/** One session area shared by successive "workers" (fresh contexts = fresh memory). */
function sessionArea(): ReplyArea {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => (k === null ? Object.fromEntries(data) : data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

function worker(area: ReplyArea, opts: { bars?: Map<string, BarsResult>; online?: boolean } = {}) {
  const ctx = fakeCtx({ bars: opts.bars ?? bars, ...(opts.online === undefined ? {} : { online: opts.online }) });
  ctx.replies = createReplyStore(area);
  return ctx;
}

const settle = () => new Promise((r) => setTimeout(r, 0)); // the store write is not awaited by the handler
const req: RequestOf<'get-badges'> = { type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] };

describe('get-badges with kept replies', () => {
  it('a restarted worker answers the same page without reading any bars, with the same reply', async () => {
    const area = sessionArea();
    const first = await getBadges(req, worker(area));
    await settle();
    const restarted = worker(area);
    expect(await getBadges(req, restarted)).toEqual(first);
    expect(restarted.calls).toEqual([]);
  });

  it('another page P/E or other settings are another reply', async () => {
    const area = sessionArea();
    await getBadges(req, worker(area));
    await settle();
    const pe = worker(area);
    await getBadges({ ...req, pagePe: { AAPL: { pe: 20, basis: 'trailing' } } }, pe);
    expect(pe.calls.length).toBeGreaterThan(0);
    const other = worker(area);
    other.setSettings({ ...(await other.settings()), comparison: { ...(await other.settings()).comparison, rsWindow: '1M' } });
    await getBadges(req, other);
    expect(other.calls.length).toBeGreaterThan(0);
  });

  it('stale data or a failed ticker is never kept; offline never answers from the store', async () => {
    const area = sessionArea();
    const stale = new Map(bars);
    stale.set('AAPL', { ...bars.get('AAPL')!, stale: true });
    await getBadges(req, worker(area, { bars: stale }));
    await settle();
    const next = worker(area);
    await getBadges(req, next);
    expect(next.calls.length).toBeGreaterThan(0);
    await settle();
    const offline = worker(area, { online: false });
    const out = await getBadges(req, offline);
    expect(offline.calls.length).toBeGreaterThan(0);
    expect(out.tickers.AAPL).toMatchObject({ stamp: { offline: true } });
  });
});
