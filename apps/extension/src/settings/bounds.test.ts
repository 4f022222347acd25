/** Every stored string and list has a bound, with an error that names the field and its length. */
import { describe, expect, it } from 'vitest';
import { parseWatchlistsFile } from '../options/io/import-export.ts';
import { migrateSettings } from './migrate.ts';
import { DEFAULT_SETTINGS, LIMITS } from './schema.ts';
import { validateSettings } from './store.ts';

const file = (lists: unknown[]) => JSON.stringify({ format: 'rotation-lens/watchlists', version: 1, watchlists: lists }, null, 2);
const errorsOf = (text: string) => {
  const r = parseWatchlistsFile(text);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('import bounds', () => {
  it('a 500 KB list id is refused, saying how long it is', () => {
    expect(errorsOf(file([{ id: 'x'.repeat(500_000), name: 'A', symbols: ['SPY'] }]))).toEqual([
      'watchlist 1 id: a watchlist id is at most 64 characters (this one has 500000)',
    ]);
  });

  it('names, symbols, list and symbol counts, control characters', () => {
    expect(errorsOf(file([{ id: 'a', name: 'n'.repeat(61), symbols: [] }]))).toEqual(['watchlist 1 name: a watchlist name is at most 60 characters (this one has 61)']);
    expect(errorsOf(file([{ id: 'a', name: 'A', symbols: ['TOOLONGSYMBOL1234'] }]))).toEqual(['watchlist 1 symbol 1: not a ticker symbol']);
    expect(errorsOf(file([{ id: 'a\u0007b', name: 'A', symbols: [] }]))).toEqual(['watchlist 1 id: a watchlist id must not contain control characters']);
    const many = Array.from({ length: 201 }, (_, i) => `S${i}`);
    expect(errorsOf(file([{ id: 'a', name: 'A', symbols: many }]))).toEqual(['watchlist 1 symbols: a watchlist holds at most 200 symbols (this one has 201)']);
    const lists = Array.from({ length: LIMITS.watchlists + 1 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, symbols: [] }));
    expect(errorsOf(file(lists))).toEqual([`at most ${LIMITS.watchlists} watchlists`]);
  });

  it('a CSV list id is bounded the same way', () => {
    expect(errorsOf(`list_id,list_name,symbol\n${'y'.repeat(65)},A,SPY\n`)[0]).toMatch(/a watchlist id is at most 64 characters \(this one has 65\)/);
  });
});

describe('settings bounds', () => {
  const reading = { id: 'r1', date: '2025-01-02', smallIndex: 'S&P 600', largeIndex: 'S&P 500', peSmall: 15, peLarge: 22, basis: 'forward', source: 'FactSet', shipped: false };
  it('valuation reading fields', () => {
    for (const [field, max] of [['note', LIMITS.note], ['url', LIMITS.url], ['source', LIMITS.source], ['smallIndex', LIMITS.indexName], ['id', LIMITS.readingId]] as const) {
      const s = { ...structuredClone(DEFAULT_SETTINGS), valuationReadings: [{ ...reading, [field]: 'z'.repeat(max + 1) }] };
      expect(() => validateSettings(s), field).toThrow(`is at most ${max} characters (this one has ${max + 1})`);
      s.valuationReadings[0] = { ...reading, [field]: 'z'.repeat(max) };
      expect(() => validateSettings(s), field).not.toThrow();
    }
  });

  it('earnings-growth estimates: bounded rates, low ≤ high, a bounded source; all optional', () => {
    const withGrowth = (earningsGrowth: unknown) => ({ ...structuredClone(DEFAULT_SETTINGS), valuationReadings: [{ ...reading, earningsGrowth }] }) as never;
    const ok = { small: { low: 0.17, high: 0.22 }, large: { low: 0.13, high: 0.13 }, source: 'Strategists, Jan 2026' };
    expect(() => validateSettings(withGrowth(ok))).not.toThrow();
    expect(() => validateSettings(withGrowth({ small: ok.small, source: 'x' }))).not.toThrow();
    expect(() => validateSettings(withGrowth({ ...ok, small: { low: 0.3, high: 0.2 } }))).toThrow('the low estimate must not exceed the high one');
    expect(() => validateSettings(withGrowth({ ...ok, small: { low: -1, high: 0.2 } }))).toThrow('a growth estimate must be above −100%');
    expect(() => validateSettings(withGrowth({ ...ok, large: { low: 0.1, high: 10 } }))).toThrow('a growth estimate must be below 1000%');
    expect(() => validateSettings(withGrowth({ ...ok, small: { low: Number.NaN, high: 0.2 } }))).toThrow('a growth estimate must be a number');
    expect(() => validateSettings(withGrowth({ ...ok, source: '' }))).toThrow('the growth estimates’ source must not be empty');
    expect(() => validateSettings(withGrowth({ ...ok, source: 's'.repeat(LIMITS.source + 1) }))).toThrow(`is at most ${LIMITS.source} characters (this one has ${LIMITS.source + 1})`);
    expect(() => validateSettings(withGrowth({ ...ok, source: 's'.repeat(LIMITS.source) }))).not.toThrow();
  });

  it('a stored reading with invalid growth estimates keeps the reading; the estimates are kept aside', () => {
    const bad = { small: { low: 0.3, high: 0.2 }, source: 'x' };
    const r = migrateSettings({ ...DEFAULT_SETTINGS, valuationReadings: [{ ...reading, earningsGrowth: bad }] });
    expect(r.settings.valuationReadings).toEqual([reading]);
    expect(r.rejected['valuationReadings.0.earningsGrowth']).toEqual(bad);
    expect(r.warnings.join('\n')).toContain('valuationReadings.0.earningsGrowth');
  });

  it('stored values over a bound are reset and kept aside, never crash the load', () => {
    const long = 'q'.repeat(10_000);
    const r = migrateSettings({ ...DEFAULT_SETTINGS, watchlists: [{ id: long, name: 'Mine', symbols: ['SPY'] }], activeWatchlistId: long });
    expect(r.settings.watchlists).toEqual([{ id: 'list-1', name: 'Mine', symbols: ['SPY'] }]);
    expect(r.rejected['watchlists.0.id']).toBe(long);
    const lists = Array.from({ length: 60 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, symbols: [] }));
    const many = migrateSettings({ ...DEFAULT_SETTINGS, watchlists: lists, activeWatchlistId: 'l0' });
    expect(many.settings.watchlists).toHaveLength(LIMITS.watchlists);
    expect(many.rejected['watchlists.59']).toEqual(lists[59]);
  });
});
