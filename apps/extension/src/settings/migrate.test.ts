import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema } from './schema.ts';
import { migrateSettings } from './migrate.ts';

describe('migrateSettings', () => {
  it('empty storage → defaults, no warnings', () => {
    const r = migrateSettings(undefined);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.warnings).toEqual([]);
    expect(r.fromVersion).toBeNull();
  });

  it('a valid v1 object passes through unchanged', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.watchlists.push({ id: 'x', name: 'Banks', symbols: ['KRE', 'BRK-B'] });
    s.activeWatchlistId = 'x';
    s.comparison.benchmark = 'VOO';
    const r = migrateSettings(s);
    expect(r.settings).toEqual(s);
    expect(r.warnings).toEqual([]);
  });

  it('v0 pre-release object → v1 with the user data carried over', () => {
    const r = migrateSettings({
      watchlist: ['iwm', 'aapl', 'brk-b'],
      benchmark: 'IVV',
      smallProxy: 'IJR',
      enabledSites: ['yahoo', 'finviz'],
      compact: true,
      providers: ['stooq', 'yahoo'],
    });
    expect(r.fromVersion).toBe(0);
    expect(r.settings.version).toBe(1);
    expect(r.settings.watchlists).toEqual([{ id: 'default', name: 'My watchlist', symbols: ['IWM', 'AAPL', 'BRK-B'] }]);
    expect(r.settings.comparison.benchmark).toBe('IVV');
    expect(r.settings.comparison.smallProxy).toBe('IJR');
    expect(r.settings.sites.yahoo).toBe(true);
    expect(r.settings.sites.finviz).toBe(true);
    expect(r.settings.sites.cnbc).toBe(false);
    expect(r.settings.density).toBe('compact');
    expect(r.settings.data.providerOrder).toEqual(['stooq', 'yahoo']);
    expect(r.extra).toEqual({});
  });

  it('partial object: missing fields filled from defaults, given ones kept', () => {
    const r = migrateSettings({ version: 1, comparison: { rsWindow: '1Y' }, alerts: { enabled: true } });
    expect(r.settings.comparison).toEqual({ ...DEFAULT_SETTINGS.comparison, rsWindow: '1Y' });
    expect(r.settings.alerts).toEqual({ ...DEFAULT_SETTINGS.alerts, enabled: true });
    expect(r.settings.watchlists).toEqual(DEFAULT_SETTINGS.watchlists);
  });

  it('invalid fields reset individually with a warning; the old value is kept aside', () => {
    const r = migrateSettings({
      version: 1,
      comparison: { benchmark: 'DIA', smallProxy: 'VB', rsiOverbought: 500 },
      density: 'tiny',
      watchlists: [{ id: 'a', name: 'Mine', symbols: ['AAPL', 'not a symbol!', 'msft'] }],
      activeWatchlistId: 'a',
    });
    expect(r.settings.comparison.benchmark).toBe('SPY');
    expect(r.settings.comparison.smallProxy).toBe('VB');
    expect(r.settings.comparison.rsiOverbought).toBe(70);
    expect(r.settings.density).toBe('full');
    expect(r.settings.watchlists[0]!.symbols).toEqual(['AAPL', 'MSFT']);
    expect(r.rejected['comparison.benchmark']).toBe('DIA');
    expect(r.rejected['watchlists.0.symbols.1']).toBe('not a symbol!');
    expect(r.warnings.length).toBe(4);
    expect(r.warnings.join('\n')).toMatch(/comparison\.benchmark/);
  });

  it('unknown extra fields are kept aside, not dropped', () => {
    const r = migrateSettings({ ...DEFAULT_SETTINGS, futureFeature: { a: 1 } });
    expect(r.extra).toEqual({ futureFeature: { a: 1 } });
    expect(r.warnings).toEqual([]);
  });

  it('dangling activeWatchlistId points at the first list; duplicate ids are renamed', () => {
    const r = migrateSettings({
      version: 1,
      watchlists: [
        { id: 'a', name: 'One', symbols: [] },
        { id: 'a', name: 'Two', symbols: ['IWM'] },
      ],
      activeWatchlistId: 'gone',
    });
    expect(r.settings.activeWatchlistId).toBe('a');
    expect(new Set(r.settings.watchlists.map((w) => w.id)).size).toBe(2);
    expect(r.settings.watchlists[1]!.symbols).toEqual(['IWM']);
  });

  it('a non-object is replaced by defaults, with a warning', () => {
    const r = migrateSettings('garbage');
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.warnings).toHaveLength(1);
  });

  it('property: any JSON-ish input yields schema-valid settings and keeps valid given fields', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('SPY', 'VOO', 'IVV', '^GSPC'), (junk, bench) => {
        const input = typeof junk === 'object' && junk && !Array.isArray(junk) ? { ...junk, comparison: { benchmark: bench } } : junk;
        const r = migrateSettings(input);
        expect(v.safeParse(SettingsSchema, r.settings).success).toBe(true);
        if (input !== junk) expect(r.settings.comparison.benchmark).toBe(bench);
      }),
      { numRuns: 300 },
    );
  });
});
