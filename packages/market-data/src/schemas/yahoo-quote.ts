/**
 * Yahoo Finance quote v7 (`/v7/finance/quote?symbols=IWM,SPY&crumb=…`) and the `finance.error` body its
 * crumb-protected endpoints answer with (401 `Invalid Crumb` / `Invalid Cookie`). Only the fields the
 * valuation source reads are checked; Yahoo sends ~80 more per quote and they pass through unread.
 * `regularMarketTime` is epoch seconds in the raw JSON.
 */
import * as v from 'valibot';

const positiveOrJunk = v.optional(v.nullable(v.number()));

export const YahooQuoteItemSchema = v.object({
  symbol: v.pipe(v.string(), v.minLength(1)),
  trailingPE: positiveOrJunk,
  forwardPE: positiveOrJunk,
  regularMarketTime: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  exchangeTimezoneName: v.optional(v.string()),
});

export const YahooQuoteSchema = v.object({
  quoteResponse: v.object({
    result: v.nullable(v.array(YahooQuoteItemSchema)),
    error: v.optional(v.nullable(v.unknown())),
  }),
});

export const YahooFinanceErrorSchema = v.object({
  finance: v.object({
    error: v.nullable(v.object({ code: v.string(), description: v.optional(v.nullable(v.string())) })),
  }),
});

export type YahooQuoteItem = v.InferOutput<typeof YahooQuoteItemSchema>;
