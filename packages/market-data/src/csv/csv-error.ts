/**
 * A bad row or header in a price CSV. `line` is 1-based (the header is line 1), `column` is the header name
 * when one field is at fault. The message always names the source (file name) and the line, so a CLI can
 * print it as one line.
 */
export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    /** File name or other label of the text, e.g. 'IWM.csv'. */
    readonly source: string,
    readonly line: number,
    readonly reason: string,
    readonly column?: string,
  ) {
    super(`bad CSV row in ${source} line ${line}${column ? ` (${column})` : ''}: ${reason}`);
  }
}

export const isCsvError = (e: unknown): e is CsvError => e instanceof CsvError;
