/** valibot schemas of Tiingo daily prices: an array of bars, or {detail} on errors. */
import * as v from 'valibot';

const n = v.nullish(v.number());

export const TiingoPricesSchema = v.array(
  v.looseObject({
    /** '2024-01-02T00:00:00.000Z': midnight UTC of the session date. */
    date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(T|$)/)),
    open: n,
    high: n,
    low: n,
    close: n,
    volume: n,
    adjClose: n,
    splitFactor: n,
    divCash: n,
  }),
);

export const TiingoErrorSchema = v.object({ detail: v.string() });
