import { computeReport } from '@rotation-lens/core';
import { ProviderUnavailable } from '@rotation-lens/market-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { notesOf } from '../report-notes.ts';
import { SERIES_LENGTH } from '../report.ts';
import { fakeCtx, sampleBars, TEST_READING } from '../../test/worker.ts';
import { PAGE_BADGE_CAP } from '../../contracts/messages.ts';
import { getBadges } from './get-badges.ts';

let bars: Awaited<ReturnType<typeof sampleBars>>;
beforeAll(async () => {
  bars = await sampleBars(['SPY', 'IWM', 'AAPL', 'MSFT']);
});

describe('get-badges', () => {
  it("numbers equal core's computeReport for X vs the benchmark with the user's options", async () => {
    const ctx = fakeCtx({ bars });
    const out = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, ctx);
    const view = out.tickers.AAPL;
    expect(view?.status).toBe('ok');
    if (view?.status !== 'ok') return;
    const aapl = bars.get('AAPL');
    const spy = bars.get('SPY');
    if (!aapl || !spy) throw new Error('fixture');
    const expected = computeReport({ symbol: 'AAPL', bars: aapl.bars }, { symbol: 'SPY', bars: spy.bars }, {
      seriesLength: SERIES_LENGTH,
      window: DEFAULT_SETTINGS.comparison.correlationWindow,
      thresholds: { streak: 5, rsiOverbought: 70, rsiOversold: 30 },
      valuation: null,
    });
    // The studies stay in the worker; the page gets their answers as text (notes).
    expect(view.report).toEqual({ ...expected, analogs: null });
    expect(view.notes).toEqual(notesOf(expected));
    expect(view.report.series?.ratio.length).toBe(SERIES_LENGTH);
    expect(view.stamp).toMatchObject({ provider: 'sample', simulated: true, stale: false, offline: false, asOf: expected.asOf });
    expect(view.discount).toBeNull(); // no page P/E → never invented
  });

  it('fetches the benchmark once for a whole page and dedupes symbols', async () => {
    const ctx = fakeCtx({ bars });
    await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL', 'aapl', 'MSFT', 'AAPL'] }, ctx);
    const counts: Record<string, number> = {};
    for (const c of ctx.calls) counts[c.symbol] = (counts[c.symbol] ?? 0) + 1;
    expect(counts.AAPL).toBe(1);
    expect(counts.MSFT).toBe(1);
    expect(counts.SPY).toBe(1); // benchmark shared by tickers and context
  });

  it('caps the number of symbols per message', async () => {
    const ctx = fakeCtx({ bars });
    const symbols = Array.from({ length: 100 }, (_, i) => `T${i}`);
    const out = await getBadges({ type: 'get-badges', site: 'yahoo', symbols }, ctx);
    expect(Object.keys(out.tickers)).toHaveLength(PAGE_BADGE_CAP);
  });

  it('unknown symbols, junk and failures are per-ticker states', async () => {
    const ctx = fakeCtx({ bars, fail: { MSFT: new ProviderUnavailable('yahoo', 'MSFT', 503) } });
    const out = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['ZZZZ', '<img src=x>', 'MSFT', 'AAPL'] }, ctx);
    expect(out.tickers.ZZZZ?.status).toBe('unknown');
    expect(out.tickers['<img src=x>']?.status).toBe('unknown');
    expect(out.tickers.MSFT).toMatchObject({ status: 'error' });
    expect(out.tickers.AAPL?.status).toBe('ok');
  });

  it('page P/E → discount vs the S&P 500 P/E of the same basis; small-cap proxy → reading', async () => {
    const ctx = fakeCtx({ bars });
    const out = await getBadges(
      { type: 'get-badges', site: 'finviz', symbols: ['AAPL', 'IWM'], pagePe: { AAPL: { pe: 14, basis: 'forward' } } },
      ctx,
    );
    const aapl = out.tickers.AAPL;
    const iwm = out.tickers.IWM;
    if (aapl?.status !== 'ok' || iwm?.status !== 'ok') throw new Error('expected ok');
    expect(aapl.discount).toMatchObject({ pe: 14, peLarge: 22.6, basis: 'forward', from: 'page', date: '2026-01-15', stale: false });
    expect(aapl.discount?.discount).toBeCloseTo(1 - 14 / 22.6, 12);
    expect(iwm.discount).toMatchObject({ pe: 15.6, peLarge: 22.6, from: 'reading', date: TEST_READING.date, source: 'Test source', stale: false });
    expect(iwm.discount?.discount).toBeCloseTo(0.3097, 4);
  });

  it('a trailing page P/E is never compared with a forward benchmark P/E', async () => {
    const ctx = fakeCtx({ bars });
    const out = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'], pagePe: { AAPL: { pe: 33.9, basis: 'trailing' } } }, ctx);
    // Shown alone, not compared.
    expect(out.tickers.AAPL).toMatchObject({ status: 'ok', discount: null, pagePe: { pe: 33.9, basis: 'trailing' } });
  });

  it('no reading → no discount even with a page P/E', async () => {
    const ctx = fakeCtx({ bars, reading: null });
    const out = await getBadges({ type: 'get-badges', site: 'finviz', symbols: ['AAPL'], pagePe: { AAPL: { pe: 14, basis: 'forward' } } }, ctx);
    expect(out.tickers.AAPL).toMatchObject({ status: 'ok', discount: null });
  });

  it('carries the market context (IWM vs SPY) unless the rotation badge is off', async () => {
    const ctx = fakeCtx({ bars });
    const on = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, ctx);
    expect(on.context?.report.small).toBe('IWM');
    expect(on.context?.report.large).toBe('SPY');
    expect(on.context?.report.valuation?.peSmall).toBe(15.6);
    expect(on.context?.report.analogs).toBeNull(); // episodes never travel to pages
    expect(on.context?.notes).toBeDefined();
    const off = structuredClone(DEFAULT_SETTINGS);
    off.badges.rotation = false;
    ctx.setSettings(off);
    expect((await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, ctx)).context).toBeNull();
  });

  it('stale and offline flags come from the data', async () => {
    const staleBars = new Map(bars);
    const spy = bars.get('SPY');
    if (!spy) throw new Error('fixture');
    staleBars.set('SPY', { ...spy, stale: true, refreshError: { kind: 'Offline', message: 'offline' } });
    const out = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, fakeCtx({ bars: staleBars }));
    expect(out.tickers.AAPL).toMatchObject({ status: 'ok', stamp: { stale: true, offline: true } });
    const offline = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, fakeCtx({ bars, online: false }));
    expect(offline.tickers.AAPL).toMatchObject({ stamp: { offline: true, stale: false } });
  });

  it('memoises reports: a second page with the same data reuses the computed report', async () => {
    const ctx = fakeCtx({ bars });
    const a = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, ctx);
    const b = await getBadges({ type: 'get-badges', site: 'cnbc', symbols: ['AAPL'] }, ctx);
    const ra = a.tickers.AAPL?.status === 'ok' ? a.tickers.AAPL.report : null;
    const rb = b.tickers.AAPL?.status === 'ok' ? b.tickers.AAPL.report : null;
    expect(ra).not.toBeNull();
    expect(rb).toBe(ra);
    const changed = structuredClone(DEFAULT_SETTINGS);
    changed.comparison.correlationWindow = 63;
    ctx.setSettings(changed);
    const c = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, ctx);
    const rc = c.tickers.AAPL?.status === 'ok' ? c.tickers.AAPL.report : null;
    expect(rc).not.toBe(ra);
    expect(rc?.correlation.window).toBe(63);
  });
});
