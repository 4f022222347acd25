/** valibot schema of Yahoo's chart v8 answer (only the fields we read; the rest passes through unchecked). */
import * as v from 'valibot';

const series = v.optional(v.array(v.nullable(v.number())));

export const YahooChartResultSchema = v.object({
  meta: v.object({
    symbol: v.string(),
    currency: v.optional(v.nullable(v.string())),
    exchangeTimezoneName: v.string(),
    instrumentType: v.optional(v.string()),
    regularMarketPrice: v.optional(v.number()),
  }),
  /** Absent when the range has no bars. */
  timestamp: v.optional(v.array(v.number())),
  indicators: v.object({
    quote: v.array(v.object({ open: series, high: series, low: series, close: series, volume: series })),
    adjclose: v.optional(v.array(v.object({ adjclose: series }))),
  }),
  events: v.optional(
    v.object({
      splits: v.optional(v.record(v.string(), v.unknown())),
      dividends: v.optional(v.record(v.string(), v.unknown())),
    }),
  ),
});

export const YahooChartSchema = v.object({
  chart: v.object({
    result: v.nullable(v.array(YahooChartResultSchema)),
    error: v.nullish(v.object({ code: v.string(), description: v.nullish(v.string()) })),
  }),
});

export type YahooChart = v.InferOutput<typeof YahooChartSchema>;
export type YahooChartResult = v.InferOutput<typeof YahooChartResultSchema>;
