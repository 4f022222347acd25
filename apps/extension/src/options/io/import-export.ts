/**
 * Watchlist import/export as JSON or CSV.
 * Invariants:
 *  - export → import is the identity on watchlists (ids, names, symbol order, empty lists);
 *  - import is all-or-nothing: any error → nothing is applied, and every error names its line (1-based);
 *  - exported CSV is framed by a `# rotation-lens watchlists v1` first line and a `# end: N rows` last
 *    line, so a truncated export is detected; hand-made CSV (header with a `symbol` column, optional
 *    `list_id` / `list_name`) needs no frame.
 * Symbols are checked for form here (SettingsSchema's ticker rule); the options page may additionally
 * check them against the provider before applying.
 */
import { csvCell, parseCsvRows } from '@rotation-lens/market-data';
import * as v from 'valibot';
import { lineOf, parseJsonWithLines } from './json-with-lines.ts';
import { LIMITS, type Settings, type Watchlist, WatchlistSchema } from '../../settings/schema.ts';
import { checkFit, type Fit } from '../../settings/fit.ts';
import type { SettingsArea } from '../../settings/atomic-io.ts';

export const EXPORT_FORMAT = 'rotation-lens/watchlists';
export const EXPORT_VERSION = 1;
const CSV_MARK = '# rotation-lens watchlists v1';
const CSV_HEADER = ['list_id', 'list_name', 'symbol'] as const;
const MAX_BYTES = 1_000_000;
const MAX_LISTS = LIMITS.watchlists;

export interface ImportError {
  line: number;
  message: string;
}
export type ImportResult = { ok: true; watchlists: Watchlist[] } | { ok: false; errors: ImportError[] };
export type ImportFormat = 'json' | 'csv';

export function exportWatchlistsJson(lists: readonly Watchlist[]): string {
  const data = { format: EXPORT_FORMAT, version: EXPORT_VERSION, watchlists: lists.map(({ id, name, symbols }) => ({ id, name, symbols })) };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** One row per symbol; an empty list gets one row with an empty symbol so it survives the trip. */
export function exportWatchlistsCsv(lists: readonly Watchlist[]): string {
  const rows: string[] = [];
  for (const w of lists) {
    const symbols = w.symbols.length ? w.symbols : [''];
    for (const s of symbols) rows.push([w.id, w.name, s].map(csvCell).join(','));
  }
  return [CSV_MARK, CSV_HEADER.join(','), ...rows, `# end: ${rows.length} rows`, ''].join('\n');
}

export const detectFormat = (text: string): ImportFormat => (/^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv');

export function parseWatchlistsFile(text: string, format: ImportFormat = detectFormat(text)): ImportResult {
  if (text.length > MAX_BYTES) return { ok: false, errors: [{ line: 1, message: 'the file is larger than 1 MB' }] };
  if (text.trim() === '') return { ok: false, errors: [{ line: 1, message: 'the file is empty' }] };
  return format === 'json' ? parseJson(text) : parseCsv(text);
}

const ListsSchema = v.pipe(v.array(WatchlistSchema), v.minLength(1, 'the file has no watchlists'), v.maxLength(MAX_LISTS, `at most ${MAX_LISTS} watchlists`));

/** Checks that hold for both formats; `lineFor` maps a dot path inside the list array to a line. */
function checkLists(value: unknown, lineFor: (path: string) => number): ImportResult {
  const r = v.safeParse(ListsSchema, value);
  const errors: ImportError[] = [];
  if (!r.success) {
    for (const issue of r.issues) {
      const path = v.getDotPath(issue) ?? '';
      errors.push({ line: lineFor(path), message: `${path ? `${describePath(path)}: ` : ''}${issue.message}` });
    }
    return { ok: false, errors: sortErrors(errors) };
  }
  const ids = new Set<string>();
  r.output.forEach((w, i) => {
    if (ids.has(w.id)) errors.push({ line: lineFor(`${i}.id`), message: `watchlist id "${w.id}" is used twice` });
    ids.add(w.id);
    const seen = new Set<string>();
    w.symbols.forEach((s, j) => {
      if (seen.has(s)) errors.push({ line: lineFor(`${i}.symbols.${j}`), message: `${s} is listed twice in "${w.name}"` });
      seen.add(s);
    });
  });
  return errors.length ? { ok: false, errors: sortErrors(errors) } : { ok: true, watchlists: r.output };
}

const describePath = (path: string) =>
  path.replace(/^(\d+)/, (_, n: string) => `watchlist ${Number(n) + 1}`).replace(/\.symbols\.(\d+)/, (_, n: string) => ` symbol ${Number(n) + 1}`).replaceAll('.', ' ');

const sortErrors = (errors: ImportError[]) => errors.sort((a, b) => a.line - b.line);

function parseJson(text: string): ImportResult {
  const parsed = parseJsonWithLines(text);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: `not valid JSON: ${parsed.message}` }] };
  const { value, lines } = parsed;
  if (Array.isArray(value)) return checkLists(value, (p) => lineOf(lines, p));
  if (typeof value !== 'object' || value === null || !('watchlists' in value)) {
    return { ok: false, errors: [{ line: 1, message: 'expected an object with a "watchlists" list (a Rotation Lens export)' }] };
  }
  const doc = value as Record<string, unknown>;
  const errors: ImportError[] = [];
  if (doc['format'] !== undefined && doc['format'] !== EXPORT_FORMAT) {
    errors.push({ line: lineOf(lines, 'format'), message: `format must be "${EXPORT_FORMAT}"` });
  }
  if (doc['version'] !== undefined && doc['version'] !== EXPORT_VERSION) {
    errors.push({ line: lineOf(lines, 'version'), message: `unsupported version ${JSON.stringify(doc['version'])} (this build reads ${EXPORT_VERSION})` });
  }
  const checked = checkLists(doc['watchlists'], (p) => lineOf(lines, p ? `watchlists.${p}` : 'watchlists'));
  if (!checked.ok) errors.push(...checked.errors);
  return errors.length ? { ok: false, errors: sortErrors(errors) } : checked;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list';

function parseCsv(text: string): ImportResult {
  const parsed = parseCsvRows(text);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: parsed.message }] };
  let rows = parsed.rows;
  const errors: ImportError[] = [];
  const framed = rows[0]?.comment === true && rows[0].cells.join(',').trim() === CSV_MARK;
  const trailer = rows.at(-1);
  const end = trailer?.comment && /^# end: (\d+) rows$/.exec(trailer.cells.join(',').trim());
  if (framed) {
    if (!end) errors.push({ line: (trailer?.line ?? 1) + 1, message: 'the file is cut short: the "# end" line of the export is missing' });
    else if (Number(end[1]) !== rows.length - 3) {
      errors.push({ line: trailer!.line, message: `the export says ${end[1]} rows but the file has ${rows.length - 3}` });
    }
  }
  rows = rows.filter((r) => !r.comment);
  const header = rows[0];
  if (!header) return { ok: false, errors: [...errors, { line: 1, message: 'no header line (expected list_id,list_name,symbol)' }] };
  const cols = header.cells.map((c) => c.trim().toLowerCase());
  const at = { id: cols.indexOf('list_id'), name: cols.findIndex((c) => c === 'list_name' || c === 'watchlist'), symbol: cols.indexOf('symbol') };
  if (at.symbol < 0) return { ok: false, errors: [...errors, { line: header.line, message: 'the header has no "symbol" column' }] };

  const lists: { id: string; name: string; symbols: string[]; lines: number[]; line: number }[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length !== cols.length) {
      errors.push({ line: row.line, message: `expected ${cols.length} fields, found ${row.cells.length}` });
      continue;
    }
    const name = at.name >= 0 ? row.cells[at.name]! : 'Imported';
    const id = at.id >= 0 ? row.cells[at.id]! : slug(name);
    let list = lists.find((l) => l.id === id);
    if (!list) {
      list = { id, name, symbols: [], lines: [], line: row.line };
      lists.push(list);
    } else if (list.name !== name) {
      errors.push({ line: row.line, message: `list "${id}" is named "${list.name}" on line ${list.line} but "${name}" here` });
    }
    const symbol = row.cells[at.symbol]!;
    if (symbol !== '') {
      list.symbols.push(symbol);
      list.lines.push(row.line);
    }
  }
  const checked = checkLists(
    lists.map(({ id, name, symbols }) => ({ id, name, symbols })),
    (path) => {
      const m = /^(\d+)(?:\.symbols\.(\d+))?/.exec(path);
      const list = m ? lists[Number(m[1])] : undefined;
      if (!list) return header.line;
      return m?.[2] !== undefined ? (list.lines[Number(m[2])] ?? list.line) : list.line;
    },
  );
  if (!checked.ok) errors.push(...checked.errors);
  return errors.length ? { ok: false, errors: sortErrors(errors) } : checked;
}

/**
 * Applies imported lists. 'replace': the file becomes the whole set of lists. 'merge': a list with an
 * existing id replaces that list in place; new ones are appended. The active list survives when it can.
 */
export function applyImport(settings: Settings, lists: readonly Watchlist[], mode: 'merge' | 'replace'): Settings {
  const next = structuredClone(settings);
  if (mode === 'replace') next.watchlists = structuredClone([...lists]);
  else {
    for (const w of lists) {
      const at = next.watchlists.findIndex((x) => x.id === w.id);
      if (at >= 0) next.watchlists[at] = structuredClone(w);
      else next.watchlists.push(structuredClone(w));
    }
  }
  if (!next.watchlists.some((w) => w.id === next.activeWatchlistId)) next.activeWatchlistId = next.watchlists[0]!.id;
  return next;
}

/** Parse, then apply through `update` (the settings store) only when the whole file is valid. */
export async function importWatchlists(
  text: string,
  mode: 'merge' | 'replace',
  update: (fn: (s: Settings) => Settings) => Promise<Settings>,
  format?: ImportFormat,
): Promise<ImportResult> {
  const result = parseWatchlistsFile(text, format);
  if (!result.ok) return result;
  await update((s) => applyImport(s, result.watchlists, mode));
  return result;
}

/**
 * Whether the settings after importing `lists` fit where they are stored, checked before anything is
 * saved; when not, `message` says by how much ("This file needs 143 KB; Chrome sync holds 100 KB — …").
 */
export function importFit(settings: Settings, lists: readonly Watchlist[], mode: 'merge' | 'replace', area: SettingsArea): Fit {
  return checkFit(applyImport(settings, lists, mode), area, mode === 'replace' ? 'This file' : 'With this file your watchlists and settings');
}
