/** valibot schema of Alpha Vantage TIME_SERIES_DAILY: success and keyed-error answers share one object. */
import * as v from 'valibot';
import { IsoDateSchema } from './daily-bars.ts';
import { NumericString } from './numeric-string.ts';

export const AlphaVantageDailySchema = v.looseObject({
  Note: v.optional(v.string()),
  Information: v.optional(v.string()),
  'Error Message': v.optional(v.string()),
  'Meta Data': v.optional(v.looseObject({ '2. Symbol': v.string(), '5. Time Zone': v.optional(v.string()) })),
  'Time Series (Daily)': v.optional(
    v.record(
      IsoDateSchema,
      v.object({
        '1. open': NumericString,
        '2. high': NumericString,
        '3. low': NumericString,
        '4. close': NumericString,
        '5. volume': v.optional(NumericString),
      }),
    ),
  ),
});
