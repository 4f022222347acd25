export { isCalendarDate } from './calendar-date.ts';
export { CsvError, isCsvError } from './csv-error.ts';
export { type ParsedPriceCsv, parsePriceCsv, parsePriceCsvDetailed } from './parse-price-csv.ts';
export { splitCsvLine } from './split-csv-line.ts';
