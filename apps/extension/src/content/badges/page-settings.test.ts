import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { PAGE_DEFAULTS, readPageSettings, toPageSettings } from './page-settings.ts';

describe('page settings', () => {
  it('defaults mirror DEFAULT_SETTINGS', () => {
    const active = DEFAULT_SETTINGS.watchlists.find((w) => w.id === DEFAULT_SETTINGS.activeWatchlistId);
    expect(PAGE_DEFAULTS).toEqual({
      sites: DEFAULT_SETTINGS.sites,
      badges: DEFAULT_SETTINGS.badges,
      density: DEFAULT_SETTINGS.density,
      comparison: DEFAULT_SETTINGS.comparison,
      watchlist: active?.symbols,
    });
  });

  it('reads the stored item field by field, damaged fields fall back alone', () => {
    const stored = {
      ...structuredClone(DEFAULT_SETTINGS),
      density: 'huge',
      sites: { yahoo: false, cnbc: 'no' },
      comparison: { ...DEFAULT_SETTINGS.comparison, benchmark: '^GSPC', rsWindow: '6M', streakThreshold: 'x' },
      watchlists: [{ id: 'w2', name: 'Mine', symbols: ['SOFI', 42, 'PLTR'] }],
      activeWatchlistId: 'w2',
    };
    const s = toPageSettings(stored);
    expect(s.density).toBe('full');
    expect(s.sites.yahoo).toBe(false);
    expect(s.sites.cnbc).toBe(true);
    expect(s.comparison.benchmark).toBe('^GSPC');
    expect(s.comparison.rsWindow).toBe('6M');
    expect(s.comparison.streakThreshold).toBe(5);
    expect(s.watchlist).toEqual(['SOFI', 'PLTR']);
  });

  it('re-assembles chunked watchlists (settings-store layout)', () => {
    const big = JSON.stringify({ watchlists: [{ id: 'a', name: 'A', symbols: ['NVDA', 'AMD'] }], valuationReadings: [] });
    const main = { ...structuredClone(DEFAULT_SETTINGS), activeWatchlistId: 'a', $chunks: 2 } as Record<string, unknown>;
    delete main.watchlists;
    const chunks = { 'settings:chunk:0': big.slice(0, 20), 'settings:chunk:1': big.slice(20) };
    expect(toPageSettings(main, chunks).watchlist).toEqual(['NVDA', 'AMD']);
    expect(toPageSettings(main, { 'settings:chunk:0': '{oops' }).watchlist).toEqual(PAGE_DEFAULTS.watchlist);
  });

  it('nothing stored or storage failing → defaults', async () => {
    expect(toPageSettings(undefined)).toBe(PAGE_DEFAULTS);
    expect(await readPageSettings({ get: async () => ({}) } as never)).toEqual(PAGE_DEFAULTS);
    expect(await readPageSettings({ get: async () => Promise.reject(new Error('gone')) } as never)).toBe(PAGE_DEFAULTS);
  });
});
