export { isCalendarDate } from './calendar-date.ts';
export { CsvError, type CsvErrorPart, isCsvError } from './csv-error.ts';
export { type ParsedPriceCsv, parsePriceCsv, parsePriceCsvDetailed } from './parse-price-csv.ts';
export { type CsvParse, type CsvRow, csvCell, parseCsvRows, splitCsvLine } from './csv-rows.ts';
