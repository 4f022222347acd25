// Tests for the small handlers: validate-symbol, refresh, clear-cache, cache-info, import-csv, open-options, get-context.
import { describe, expect, it } from 'vitest';
import { fakeCtx, sampleBars } from '../../test/worker.ts';
import { cacheInfo } from './cache-info.ts';
import { clearCache } from './clear-cache.ts';
import { getContext } from './get-context.ts';
import { getPageSettings } from './get-page-settings.ts';
import { importCsv } from './import-csv.ts';
import { openOptions } from './open-options.ts';
import { refresh, refreshSymbols } from './refresh.ts';
import { validateSymbol } from './validate-symbol.ts';

describe('small handlers', () => {
  it('validate-symbol: canonical form, junk rejected without a request, unknown rejected by the provider', async () => {
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'MSFT']) });
    expect(await validateSymbol({ type: 'validate-symbol', symbol: ' msft ' }, ctx)).toEqual({ symbol: 'MSFT' });
    await expect(validateSymbol({ type: 'validate-symbol', symbol: '<b>' }, ctx)).rejects.toMatchObject({ name: 'BadRequest' });
    expect(ctx.calls.map((c) => c.symbol)).toEqual(['MSFT']);
    await expect(validateSymbol({ type: 'validate-symbol', symbol: 'ZZZZ' }, ctx)).rejects.toMatchObject({ kind: 'UnknownSymbol' });
  });

  it('refresh: forces benchmark, proxy and the active watchlist, clears the memo', async () => {
    const bars = await sampleBars(['SPY', 'IWM', 'AAPL']);
    const ctx = fakeCtx({ bars });
    const s = await ctx.settings();
    s.watchlists[0] = { id: 'default', name: 'x', symbols: ['AAPL', 'SPY'] };
    ctx.memo.set('k', 1);
    expect(refreshSymbols(s)).toEqual(['SPY', 'IWM', 'AAPL']);
    expect(await refresh({ type: 'refresh' }, ctx)).toEqual({ refreshed: 3 });
    expect(ctx.calls.every((c) => c.opts?.forceRefresh === true)).toBe(true);
    expect(ctx.memo.size).toBe(0);
  });

  it('clear-cache and cache-info pass the cache through', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    ctx.memo.set('k', 1);
    expect(await clearCache({ type: 'clear-cache' }, ctx)).toEqual({ cleared: 4 });
    expect(ctx.memo.size).toBe(0);
    expect(await cacheInfo({ type: 'cache-info' }, ctx)).toEqual({ symbols: 3, bytes: 1234 });
  });

  it('import-csv: parsed first, stored, summarised; empty files change nothing', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    const csv = 'Date,Close\n2024-01-02,10\n2024-01-03,11\n';
    expect(await importCsv({ type: 'import-csv', symbol: 'abc', csv }, ctx)).toEqual({ symbol: 'ABC', bars: 2, from: '2024-01-02', to: '2024-01-03' });
    expect(ctx.csvStore.get('ABC')).toBe(csv);
    await expect(importCsv({ type: 'import-csv', symbol: 'XYZ', csv: 'Date,Close\n' }, ctx)).rejects.toMatchObject({ name: 'BadRequest' });
    expect(ctx.csvStore.has('XYZ')).toBe(false);
  });

  it('get-page-settings: what a page needs, from the cached or (fresh) re-read settings', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    let fresh = 0;
    ctx.freshSettings = async () => {
      fresh++;
      return ctx.settings();
    };
    const s = await ctx.settings();
    const page = await getPageSettings({ type: 'get-page-settings' }, ctx);
    expect(page).toEqual({ sites: { ...s.sites, generic: true }, badges: s.badges, density: s.density, comparison: s.comparison, watchlist: s.watchlists[0]?.symbols });
    expect(fresh).toBe(0);
    // Keys sorted at every level, as chrome.storage keeps the page kit's copy: a page compares the two as JSON.
    const sortedDeep = (v: unknown): boolean => !v || typeof v !== 'object' || Array.isArray(v) || (Object.keys(v).join() === Object.keys(v).sort().join() && Object.values(v).every(sortedDeep));
    expect(sortedDeep(page)).toBe(true);
    expect(Object.keys(page.badges)).toEqual(['discount', 'rotation', 'rs', 'streak']);
    await getPageSettings({ type: 'get-page-settings', fresh: true }, ctx);
    expect(fresh).toBe(1);
  });

  it('open-options and get-context', async () => {
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'IWM']) });
    expect(await openOptions({ type: 'open-options' }, ctx)).toBeNull();
    expect(ctx.optionsOpened).toBe(1);
    const context = await getContext({ type: 'get-context' }, ctx);
    expect(context.report.small).toBe('IWM');
    expect(context.valuation).toMatchObject({ from: 'reading', pe: 15.6 });
    expect(context.stamp.simulated).toBe(true);
  });
});
