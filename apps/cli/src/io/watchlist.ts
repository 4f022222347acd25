import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, UsageError } from '../errors.ts';
import { parseSymbolFlag } from '../flag-values.ts';

export interface Watchlist {
  name: string | null;
  symbols: string[];
}

/** One raw symbol and where it was found ("entry 3" in JSON, "line 7" in text), for error messages. */
interface RawEntry {
  value: unknown;
  where: string;
}

/** Turns each raw entry into an upper-case symbol; a bad entry names its position; duplicates keep the first. */
function normaliseSymbols(raw: RawEntry[], file: string): string[] {
  const seen = new Set<string>();
  for (const { value, where } of raw) {
    if (typeof value !== 'string') throw new CliError(`${file}: ${where} is not a symbol string`);
    try {
      seen.add(parseSymbolFlag(value, `${file} ${where}`));
    } catch (e) {
      throw new CliError(e instanceof UsageError ? e.message : String(e));
    }
  }
  if (seen.size === 0) throw new CliError(`${file}: the watchlist has no symbols`);
  return [...seen];
}

const HEADER_RE = /^(symbol|ticker)s?$/i;
const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1').trim();

/** A text line's fields: comma / semicolon / tab separated, else whitespace separated. Comments removed. */
function fieldsOf(line: string): string[] {
  const body = line.replace(/#.*$/, '').trim();
  if (body === '') return [];
  return (/[,;\t]/.test(body) ? body.split(/[,;\t]/) : body.split(/\s+/)).map(unquote);
}

/**
 * Text or CSV: the first field of each line is the symbol (later fields are names, notes…), a "symbol"/"ticker"
 * header is skipped. One exception, so that "IWM, QQQ, AAPL" is not silently read as IWM alone: a file with a
 * single line and no header whose fields are all single words is a list of symbols.
 */
function textEntries(text: string): RawEntry[] {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ fields: fieldsOf(line), where: `line ${i + 1}` }))
    .filter((l) => l.fields.length > 0);
  const header = lines[0] !== undefined && HEADER_RE.test(lines[0].fields[0]!);
  const rows = header ? lines.slice(1) : lines;
  const only = rows.length === 1 ? rows[0]! : null;
  if (!header && only && only.fields.length > 1 && only.fields.every((f) => f !== '' && !/\s/.test(f))) {
    return only.fields.map((value) => ({ value, where: only.where }));
  }
  return rows.map((l) => ({ value: l.fields[0]!, where: l.where }));
}

/**
 * Parses a watchlist: JSON `{"name": "..", "symbols": [..]}` or `["IWM", ...]`, or text/CSV (see textEntries).
 * Every problem is a one-line CliError naming the file and the entry or line.
 */
export function parseWatchlist(text: string, file: string): Watchlist {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      throw new CliError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const entries = (list: unknown[]): RawEntry[] => list.map((value, i) => ({ value, where: `entry ${i + 1}` }));
    if (Array.isArray(json)) return { name: null, symbols: normaliseSymbols(entries(json), file) };
    const obj = json as { name?: unknown; symbols?: unknown };
    if (!Array.isArray(obj.symbols)) throw new CliError(`${file}: expected {"name": ..., "symbols": [...]} or an array of symbols`);
    return { name: typeof obj.name === 'string' ? obj.name : null, symbols: normaliseSymbols(entries(obj.symbols), file) };
  }
  return { name: null, symbols: normaliseSymbols(textEntries(trimmed), file) };
}

export async function readWatchlist(file: string, cwd: string): Promise<Watchlist> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = e !== null && typeof e === 'object' && 'code' in e ? String(e.code) : '';
    if (code === 'ENOENT') throw new CliError(`--watchlist: file not found: ${file}`);
    if (code === 'EISDIR') throw new CliError(`--watchlist: ${file} is a folder, not a file`);
    throw new CliError(`--watchlist: cannot read ${file} (${code || 'unknown error'})`);
  }
  return parseWatchlist(text, file);
}
