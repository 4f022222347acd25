import { CsvError } from './csv-error.ts';

/**
 * Recognises files that are not comma-separated UTF-8 text before the header is read, so the user hears what
 * to change instead of "header has no Date column": UTF-16 (Excel "Unicode text"), semicolon-separated
 * (European-locale Excel exports, which also write decimal commas) and tab-separated files.
 * `header` is the raw first non-blank line, `line` its 1-based number.
 */
export function checkCsvShape(header: string, line: number, source: string): void {
  const fail = (reason: string): never => {
    throw new CsvError(source, line, reason, undefined, 'file');
  };
  if (header.includes('\u0000') || header.startsWith('\uFFFD')) {
    fail('the file looks UTF-16 encoded; save it as "CSV UTF-8 (comma delimited)"');
  }
  if (header.includes(',')) return;
  if (header.includes(';')) {
    fail(`semicolon-separated (a European-locale export?); save it comma-separated with "." as the decimal point`);
  }
  if (header.includes('\t')) fail('tab-separated; save it comma-separated (Date,Open,High,Low,Close,Adj Close,Volume)');
}

/**
 * A hint for a price that failed to parse because of locale formatting: "1,5" (decimal comma) or "1,234.5"
 * (thousands separator). Empty when the value has no comma.
 */
export const localeNumberHint = (raw: string): string =>
  /^[+-]?[\d.,\s]*,[\d.,\s]*$/.test(raw) ? ' (use "." for decimals and no thousands separators)' : '';
