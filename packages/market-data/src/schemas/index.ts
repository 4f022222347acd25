export { AlphaVantageDailySchema } from './alphavantage.ts';
export { DailyBarSchema, describeIssues, IsoDateSchema, normaliseBars, parseWith, type RawBar } from './daily-bars.ts';
export { NumericString } from './numeric-string.ts';
export { TiingoErrorSchema, TiingoPricesSchema } from './tiingo.ts';
export { TwelveDataAnswerSchema, TwelveDataErrorSchema, TwelveDataSeriesSchema } from './twelvedata.ts';
export { type YahooChart, type YahooChartResult, YahooChartResultSchema, YahooChartSchema } from './yahoo-chart.ts';
export { YahooFinanceErrorSchema, type YahooQuoteItem, YahooQuoteItemSchema, YahooQuoteSchema } from './yahoo-quote.ts';
