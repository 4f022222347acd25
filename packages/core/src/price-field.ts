/**
 * Price-field selection: which number of a bar a metric reads.
 * Rule (README "alignment"): 'adjclose' when every bar considered has adjClose, else 'close';
 * an explicit `price` overrides, and 'adjclose' requested where a bar lacks it is BAD_OPTION.
 */
import { checkAsOf, validateBars } from './validate.ts';
import { CoreError } from './errors.ts';
import type { Bar, PriceField } from './types.ts';

export const hasAdjClose = (bar: Bar): boolean => bar.adjClose !== undefined && bar.adjClose !== null;

export function checkPriceOption(price: unknown): asserts price is PriceField | undefined {
  if (price !== undefined && price !== 'close' && price !== 'adjclose') {
    throw new CoreError('BAD_OPTION', `price must be 'close' or 'adjclose', got ${JSON.stringify(price)}`);
  }
}

/** Resolves the field given whether every considered bar has adjClose. */
export function resolvePriceField(requested: PriceField | undefined, allAdjusted: boolean, what: string): PriceField {
  if (requested === 'adjclose' && !allAdjusted) {
    throw new CoreError('BAD_OPTION', `price 'adjclose' requested but ${what} lacks adjClose on some bars`);
  }
  return requested ?? (allAdjusted ? 'adjclose' : 'close');
}

export interface PricedSeries {
  dates: string[];
  prices: Float64Array;
  price: PriceField;
}

/**
 * One validated series as parallel arrays, truncated at `asOf` (inclusive). Empty arrays when
 * every bar is after `asOf`. Used by universe metrics (RS rating, breadth).
 */
export function pricedSeries(
  bars: Bar[],
  name: string,
  opts: { asOf?: string | undefined; price?: PriceField | undefined } = {},
): PricedSeries {
  validateBars(bars, name);
  checkAsOf(opts.asOf);
  checkPriceOption(opts.price);
  let n = bars.length;
  if (opts.asOf !== undefined) {
    const asOf = opts.asOf;
    while (n > 0 && (bars[n - 1] as Bar).date > asOf) n--;
  }
  let allAdjusted = true;
  for (let i = 0; i < n && allAdjusted; i++) allAdjusted = hasAdjClose(bars[i] as Bar);
  const price = resolvePriceField(opts.price, allAdjusted, name);
  const dates = new Array<string>(n);
  const prices = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const bar = bars[i] as Bar;
    dates[i] = bar.date;
    prices[i] = price === 'adjclose' ? (bar.adjClose as number) : bar.close;
  }
  return { dates, prices, price };
}
