import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChromeFake, installChromeFake } from '../../test/chrome-fake.ts';
import {
  applyImport,
  exportWatchlistsCsv,
  exportWatchlistsJson,
  type ImportFormat,
  importWatchlists,
  parseWatchlistsFile,
} from './import-export.ts';
import { DEFAULT_SETTINGS, type Watchlist } from '../../settings/schema.ts';
import { loadSettings, saveSettings, updateSettings } from '../../settings/store.ts';

const symbolArb = fc.stringMatching(/^\^?[A-Z0-9][A-Z0-9.\-=]{0,6}$/);
const nameArb = fc
  .string({ minLength: 1, maxLength: 60, unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '#', '\n', 'é', '1', '&', '—') })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const listArb = fc.record({
  id: fc.stringMatching(/^[a-z0-9#",-]{1,12}$/),
  name: nameArb,
  symbols: fc.uniqueArray(symbolArb, { maxLength: 30 }),
});
const listsArb = fc.uniqueArray(listArb, { minLength: 1, maxLength: 6, selector: (w) => w.id });
const formats: [ImportFormat, (l: Watchlist[]) => string][] = [
  ['json', exportWatchlistsJson],
  ['csv', exportWatchlistsCsv],
];

describe.each(formats)('%s export → import', (format, exporter) => {
  it('is the identity (property)', () => {
    fc.assert(
      fc.property(listsArb, (lists) => {
        const r = parseWatchlistsFile(exporter(lists));
        expect(r).toEqual({ ok: true, watchlists: lists });
      }),
      { numRuns: 300 },
    );
  });

  it('a truncated file is rejected (or only lost trailing whitespace) with line-numbered errors (property)', () => {
    fc.assert(
      fc.property(listsArb, fc.double({ min: 0, max: 1, noNaN: true }), (lists, cut) => {
        const text = exporter(lists);
        const shorter = text.slice(0, Math.floor(text.length * cut));
        const r = parseWatchlistsFile(shorter, format);
        if (r.ok) expect(shorter.trimEnd()).toBe(text.trimEnd());
        else for (const e of r.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('random byte flips give either a valid list set or line-numbered errors within the file (property)', () => {
    fc.assert(
      fc.property(listsArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 127 })), { minLength: 1, maxLength: 4 }), (lists, flips) => {
        const chars = [...exporter(lists)];
        for (const [at, code] of flips) chars[at % chars.length] = String.fromCharCode(code);
        const text = chars.join('');
        const r = parseWatchlistsFile(text, format);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(lineCount + 1);
            expect(e.message.length).toBeGreaterThan(3);
          }
        } else expect(r.watchlists.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('JSON import errors', () => {
  it('a wrong type points at its line', () => {
    const text = exportWatchlistsJson([{ id: 'a', name: 'One', symbols: ['IWM', 'SPY'] }]).replace('"SPY"', '42');
    const r = parseWatchlistsFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('42')) + 1;
    expect(r.errors).toEqual([{ line, message: expect.stringMatching(/watchlist 1 symbol 2/) }]);
  });

  it('every wrong type anywhere is reported on the line holding it (property)', () => {
    fc.assert(
      fc.property(listsArb, fc.nat(), fc.constantFrom(42, null, true, { x: 1 }, ['y']), (lists, pick, junk) => {
        const i = pick % lists.length;
        const field = (['id', 'name', 'symbols'] as const)[pick % 3]!;
        const broken = structuredClone(lists) as unknown as Record<string, unknown>[];
        broken[i]![field] = field === 'symbols' ? [junk] : junk;
        const text = JSON.stringify({ watchlists: broken }, null, 2);
        const r = parseWatchlistsFile(text);
        expect(r.ok).toBe(false);
        if (!r.ok) for (const e of r.errors) expect(e.line).toBeGreaterThan(2);
      }),
      { numRuns: 200 },
    );
  });

  it('syntax errors carry the line', () => {
    const r = parseWatchlistsFile('{\n  "watchlists": [\n    { "id": "a", }\n  ]\n}');
    expect(r).toEqual({ ok: false, errors: [{ line: 3, message: expect.stringMatching(/not valid JSON/) }] });
  });

  it('rejects duplicate ids and duplicate symbols by line', () => {
    const text = JSON.stringify({ watchlists: [{ id: 'a', name: 'A', symbols: ['X', 'X'] }, { id: 'a', name: 'B', symbols: [] }] }, null, 2);
    const r = parseWatchlistsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(['X is listed twice in "A"', 'watchlist id "a" is used twice']);
  });
});

describe('CSV import', () => {
  it('reads a hand-made file with only a symbol column', () => {
    const r = parseWatchlistsFile('symbol\r\niwm\r\nBRK-B\r\n');
    expect(r).toEqual({ ok: true, watchlists: [{ id: 'imported', name: 'Imported', symbols: ['IWM', 'BRK-B'] }] });
  });

  it('reports each bad line', () => {
    const r = parseWatchlistsFile('list_id,list_name,symbol\na,Tech,AAPL\na,Tech,NOT A TICKER\nb,Banks\nb,Banks,KRE\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.line)).toEqual([3, 4]);
  });

  it('a framed export with a wrong row count is rejected', () => {
    const text = exportWatchlistsCsv([{ id: 'a', name: 'A', symbols: ['IWM', 'SPY'] }]).replace(/^a,A,SPY\n/m, '');
    const r = parseWatchlistsFile(text);
    expect(r.ok).toBe(false);
  });
});

describe('applying an import', () => {
  let fake: ChromeFake;
  beforeEach(() => {
    fake = installChromeFake();
  });
  afterEach(() => fake.uninstall());

  it('merge replaces same-id lists and appends new ones; replace keeps only the file', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    const merged = applyImport(s, [{ id: 'default', name: 'Renamed', symbols: ['IWM'] }, { id: 'n', name: 'New', symbols: [] }], 'merge');
    expect(merged.watchlists.map((w) => w.name)).toEqual(['Renamed', 'New']);
    const replaced = applyImport(s, [{ id: 'n', name: 'New', symbols: [] }], 'replace');
    expect(replaced.watchlists.map((w) => w.id)).toEqual(['n']);
    expect(replaced.activeWatchlistId).toBe('n');
  });

  it('a corrupted file leaves storage unchanged (property)', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const before = JSON.stringify([...fake.sync.data]);
    await fc.assert(
      fc.asyncProperty(listsArb, fc.constantFrom<ImportFormat>('json', 'csv'), fc.nat(), async (lists, format, n) => {
        const text = format === 'json' ? exportWatchlistsJson(lists) : exportWatchlistsCsv(lists);
        const broken = text.slice(0, n % Math.max(1, text.trimEnd().length));
        const r = await importWatchlists(broken, 'replace', updateSettings, format);
        expect(r.ok).toBe(false);
        expect(JSON.stringify([...fake.sync.data])).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('a valid file is stored and reads back identical', async () => {
    const lists = [{ id: 'x', name: 'Small, "quoted"', symbols: ['IWM', '^RUT'] }];
    const r = await importWatchlists(exportWatchlistsCsv(lists), 'replace', updateSettings);
    expect(r.ok).toBe(true);
    expect((await loadSettings()).watchlists).toEqual(lists);
  });
});
