import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, UsageError } from '../errors.ts';
import { parseSymbolFlag } from '../flag-values.ts';

export interface Watchlist {
  name: string | null;
  symbols: string[];
}

/** Turns each raw entry into an upper-case symbol; bad entries name their position; duplicates keep the first. */
function normaliseSymbols(raw: unknown[], file: string): string[] {
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    if (typeof entry !== 'string') throw new CliError(`${file}: entry ${i + 1} is not a symbol string`);
    try {
      seen.add(parseSymbolFlag(entry, `${file} entry ${i + 1}`));
    } catch (e) {
      throw new CliError(e instanceof UsageError ? e.message : String(e));
    }
  });
  if (seen.size === 0) throw new CliError(`${file}: the watchlist has no symbols`);
  return [...seen];
}

/**
 * Parses a watchlist: JSON `{"name": "..", "symbols": [..]}` or `["IWM", ...]`, or text/CSV with one symbol per
 * line (the first comma/whitespace-separated field; `#` starts a comment; a header field "symbol"/"ticker" is skipped).
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
    if (Array.isArray(json)) return { name: null, symbols: normaliseSymbols(json, file) };
    const obj = json as { name?: unknown; symbols?: unknown };
    if (!Array.isArray(obj.symbols)) throw new CliError(`${file}: expected {"name": ..., "symbols": [...]} or an array of symbols`);
    return { name: typeof obj.name === 'string' ? obj.name : null, symbols: normaliseSymbols(obj.symbols, file) };
  }
  const symbols: string[] = [];
  for (const line of trimmed.split(/\r?\n/)) {
    const field = line.replace(/#.*$/, '').trim().split(/[,;\s]+/)[0]?.replace(/^"|"$/g, '') ?? '';
    if (field === '' || /^(symbol|ticker)s?$/i.test(field)) continue;
    symbols.push(field);
  }
  return { name: null, symbols: normaliseSymbols(symbols, file) };
}

export async function readWatchlist(file: string, cwd: string): Promise<Watchlist> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch {
    throw new CliError(`--watchlist: file not found: ${file}`);
  }
  return parseWatchlist(text, file);
}
