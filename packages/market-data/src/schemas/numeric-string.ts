import * as v from 'valibot';

/** A decimal number sent as a string ("548.79") → number. Anything else is a validation issue. */
export const NumericString = v.pipe(v.string(), v.trim(), v.decimal(), v.transform(Number));
