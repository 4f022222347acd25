/** valibot schemas of Twelve Data time_series: {meta, values (strings, newest first), status:'ok'} or an error. */
import * as v from 'valibot';
import { NumericString } from './numeric-string.ts';

export const TwelveDataErrorSchema = v.object({
  status: v.literal('error'),
  code: v.number(),
  message: v.string(),
});

export const TwelveDataSeriesSchema = v.object({
  status: v.literal('ok'),
  meta: v.looseObject({
    symbol: v.string(),
    currency: v.optional(v.string()),
    exchange_timezone: v.optional(v.string()),
  }),
  values: v.array(
    v.object({
      datetime: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
      open: NumericString,
      high: NumericString,
      low: NumericString,
      close: NumericString,
      volume: v.optional(NumericString),
    }),
  ),
});

export const TwelveDataAnswerSchema = v.union([TwelveDataSeriesSchema, TwelveDataErrorSchema]);
