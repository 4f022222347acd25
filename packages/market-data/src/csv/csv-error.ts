/** What a CsvError is about: one data row, the header row, or the file as a whole (empty, wrong format). */
export type CsvErrorPart = 'row' | 'header' | 'file';

const MESSAGE_START: Record<CsvErrorPart, string> = { row: 'bad CSV row in', header: 'bad CSV header in', file: 'not a price CSV:' };

/**
 * A bad row or header in a price CSV. `line` is 1-based (the first line of the file is 1), `column` is the header
 * name when one field is at fault. The message always names the source (file name) and the line, so a CLI can
 * print it as one line: `bad CSV row in IWM.csv line 4 (Close): must be > 0, got -3`,
 * `bad CSV header in IWM.csv line 1: …`, `not a price CSV: IWM.csv line 1: the file is empty`.
 */
export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    /** File name or other label of the text, e.g. 'IWM.csv'. */
    readonly source: string,
    readonly line: number,
    readonly reason: string,
    readonly column?: string,
    readonly part: CsvErrorPart = 'row',
  ) {
    super(`${MESSAGE_START[part]} ${source} line ${line}${column ? ` (${column})` : ''}: ${reason}`);
  }
}

export const isCsvError = (e: unknown): e is CsvError => e instanceof CsvError;
