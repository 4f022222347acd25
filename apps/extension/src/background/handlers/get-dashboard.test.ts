import { breadth, relativeRotation, rsRating } from '@rotation-lens/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { reportFor } from '../report.ts';
import { fakeCtx, sampleBars } from '../../test/worker.ts';
import { getDashboard, RRG_TAIL } from './get-dashboard.ts';

let bars: Awaited<ReturnType<typeof sampleBars>>;
beforeAll(async () => {
  bars = await sampleBars(['SPY', 'IWM', 'IJR', 'QQQ', 'AAPL', 'MSFT', 'NVDA', 'SOFI', 'PLTR']);
});

describe('get-dashboard', () => {
  it("rows carry core's numbers for the active watchlist", async () => {
    const ctx = fakeCtx({ bars });
    const out = await getDashboard({ type: 'get-dashboard' }, ctx);
    expect(out.watchlistId).toBe('default');
    expect(out.rows.map((r) => r.symbol)).toEqual(DEFAULT_SETTINGS.watchlists[0]?.symbols);
    expect(out.context.report.small).toBe('IWM');
    const spy = bars.get('SPY');
    const aapl = bars.get('AAPL');
    if (!spy || !aapl) throw new Error('fixture');
    const row = out.rows.find((r) => r.symbol === 'AAPL');
    const report = reportFor(aapl, spy, DEFAULT_SETTINGS);
    expect(row?.rs3m).toBe(report.relativeStrength.change['3M']);
    expect(row?.streak).toBe(report.streak.sessions);
    expect(row?.lastClose).toBe(aapl.bars.at(-1)?.close);
    const ratings = rsRating(DEFAULT_SETTINGS.watchlists[0]?.symbols.map((s) => ({ symbol: s, bars: bars.get(s)?.bars ?? [] })) ?? []);
    expect(row?.rsRating).toBe(ratings.get('AAPL'));
    const rrg = relativeRotation(aapl.bars, spy.bars, { tail: RRG_TAIL });
    expect(row?.rrg?.ratio).toBe(rrg?.ratio);
    expect(row?.rrg?.tail).toHaveLength(rrg?.tail.length ?? -1);
    // Discount only where it is known: small-cap proxies get the reading, others null.
    expect(out.rows.find((r) => r.symbol === 'IWM')?.discount).toBeCloseTo(1 - 15.6 / 22.6, 10);
    expect(row?.discount).toBeNull();
    // The list's breadth is core's, over the members that loaded; the context keeps its studies for the popup.
    const members = (DEFAULT_SETTINGS.watchlists[0]?.symbols ?? []).filter((s) => bars.has(s));
    expect(out.breadth).toEqual(breadth(members.map((s) => ({ symbol: s, bars: bars.get(s)?.bars ?? [] }))));
    expect(out.context.report.analogs).not.toBeNull();
  });

  it('a failing symbol gets an error row; others are unaffected', async () => {
    const partial = new Map(bars);
    partial.delete('SOFI');
    const out = await getDashboard({ type: 'get-dashboard' }, fakeCtx({ bars: partial }));
    const sofi = out.rows.find((r) => r.symbol === 'SOFI');
    expect(sofi).toMatchObject({ lastClose: null, rs3m: null, rrg: null });
    expect(sofi?.error).toContain('SOFI');
    expect(out.rows.find((r) => r.symbol === 'NVDA')?.rs3m).not.toBeNull();
  });

  it('a warm worker reuses the rows; new data or other settings rebuild them', async () => {
    const live = new Map(bars);
    const ctx = fakeCtx({ bars: live });
    const first = await getDashboard({ type: 'get-dashboard' }, ctx);
    expect((await getDashboard({ type: 'get-dashboard' }, ctx)).rows).toBe(first.rows);
    // AAPL's data moves (another as-of date): its row is rebuilt.
    const aapl = bars.get('AAPL')!;
    live.set('AAPL', { ...aapl, bars: aapl.bars.slice(0, -1), asOf: aapl.bars.at(-2)!.date });
    const moved = await getDashboard({ type: 'get-dashboard' }, ctx);
    expect(moved.rows.find((r) => r.symbol === 'AAPL')?.lastClose).toBe(aapl.bars.at(-2)?.close);
    ctx.setSettings({ ...DEFAULT_SETTINGS, comparison: { ...DEFAULT_SETTINGS.comparison, streakThreshold: 9 } });
    expect((await getDashboard({ type: 'get-dashboard' }, ctx)).rows).not.toBe(moved.rows);
  });

  it('another watchlist by id; an unknown id is a BadRequest', async () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.watchlists.push({ id: 'w2', name: 'Two', symbols: ['MSFT'] });
    const ctx = fakeCtx({ bars, settings });
    expect((await getDashboard({ type: 'get-dashboard', watchlistId: 'w2' }, ctx)).rows.map((r) => r.symbol)).toEqual(['MSFT']);
    await expect(getDashboard({ type: 'get-dashboard', watchlistId: 'nope' }, ctx)).rejects.toMatchObject({ name: 'BadRequest' });
  });
});
