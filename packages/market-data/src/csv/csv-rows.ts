/**
 * The one CSV reader (RFC 4180): quoted fields may hold commas, quotes ("") and line breaks; CRLF, LF
 * or CR; a leading BOM is ignored. A quote opens a field only at its start (elsewhere it is text), and
 * nothing but a comma or a line break may follow a closing quote. Every row carries the 1-based line it
 * starts on, so errors can point at the line. Blank lines are skipped. Errors are returned, never
 * thrown. Used for price files (split line by line: `splitCsvLine`) and the extension's watchlist files.
 */
export interface CsvRow {
  line: number;
  cells: string[];
  /** The row starts with an unquoted '#': a comment line (a quoted "#…" cell is data). */
  comment: boolean;
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

export function parseCsvRows(text: string): CsvParse {
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const comment = text[i] === '#';
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let endOfRow = false;
    while (!endOfRow) {
      if (i >= text.length) {
        if (quoted) return { ok: false, line: start, message: 'a quoted field is never closed' };
        break;
      }
      const c = text[i++]!;
      if (quoted) {
        if (c === '"' && text[i] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') {
          quoted = false;
          const next = text[i];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            return { ok: false, line, message: 'text right after a closing quote' };
          }
        } else {
          if (c === '\n') line++;
          cell += c;
        }
      } else if (c === '"' && cell === '') quoted = true;
      else if (c === ',') {
        cells.push(cell);
        cell = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i] === '\n') i++;
        line++;
        endOfRow = true;
      } else cell += c;
    }
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]!.trim() === '')) rows.push({ line: start, cells, comment });
  }
  return { ok: true, rows };
}

/** Quotes a cell only when it must (comma, quote, line break, leading '#', leading/trailing space). */
export function csvCell(value: string): string {
  return /[",\r\n]|^[\s#]|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One line of a file read line by line (price files never quote a line break): its fields, or null when
 * its quoting is malformed (a quote never closed, or text right after a closing quote).
 */
export function splitCsvLine(line: string): string[] | null {
  const read = parseCsvRows(line);
  if (!read.ok) return null;
  return read.rows[0]?.cells ?? [line];
}
