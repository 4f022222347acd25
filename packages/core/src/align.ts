/**
 * alignSeries: join two bar series on their common dates (merge join, O(n + m)).
 * Price rule: 'adjclose' when every common bar of both series has adjClose, else 'close';
 * `price` overrides ('adjclose' with a missing adjClose → BAD_OPTION).
 */
import { CoreError } from './errors.ts';
import { checkPriceOption, hasAdjClose, resolvePriceField } from './price-field.ts';
import type { AlignedPair, Bar, PriceField } from './types.ts';
import { dateKey } from './dates.ts';
import { checkAsOf, validatedDateKeys } from './validate.ts';

export interface AlignOptions {
  price?: PriceField;
  smallName?: string;
  largeName?: string;
  /** Keep only common dates ≤ asOf. A date before the first common date → AS_OF_OUT_OF_RANGE. */
  asOf?: string;
}

/** Index of the first common date of two validated, ascending series at or after (i, j); null if none. */
function nextCommon(small: Bar[], large: Bar[], i: number, j: number): [number, number] | null {
  while (i < small.length && j < large.length) {
    const a = (small[i] as Bar).date;
    const b = (large[j] as Bar).date;
    if (a === b) return [i, j];
    if (a < b) i++;
    else j++;
  }
  return null;
}

export function alignSeries(small: Bar[], large: Bar[], opts: AlignOptions = {}): AlignedPair {
  const smallName = opts.smallName ?? 'small';
  const largeName = opts.largeName ?? 'large';
  const keySmall = validatedDateKeys(small, smallName);
  const keyLarge = validatedDateKeys(large, largeName);
  checkPriceOption(opts.price);
  checkAsOf(opts.asOf);
  const asOf = opts.asOf ?? '9999-12-31';
  const asOfKey = dateKey(asOf);

  // The k-th common date's bar indices overwrite keys the merge has already passed (k ≤ i, k ≤ j), so the
  // key arrays double as the index arrays.
  const idxSmall = keySmall;
  const idxLarge = keyLarge;
  let k = 0;
  let allAdjusted = true;
  let i = 0;
  let j = 0;
  // Merge join on the date keys (same order as the date strings, compared as integers).
  while (i < small.length && j < large.length) {
    const a = keySmall[i] as number;
    const b = keyLarge[j] as number;
    if (a === b) {
      if (a > asOfKey) break;
      idxSmall[k] = i;
      idxLarge[k] = j;
      k++;
      if (allAdjusted && !(hasAdjClose(small[i] as Bar) && hasAdjClose(large[j] as Bar))) allAdjusted = false;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }

  if (k === 0) {
    const first = nextCommon(small, large, 0, 0);
    if (first === null) {
      throw new CoreError('NO_COMMON_DATES', `${smallName} and ${largeName} share no date`);
    }
    const firstDate = (small[first[0]] as Bar).date;
    throw new CoreError('AS_OF_OUT_OF_RANGE', `asOf ${asOf} is before the first common date ${firstDate}`, {
      date: asOf,
    });
  }

  const price = resolvePriceField(opts.price, allAdjusted, `${smallName}/${largeName}`);
  const adj = price === 'adjclose';
  const dates = new Array<string>(k);
  const s = new Float64Array(k);
  const l = new Float64Array(k);
  for (let t = 0; t < k; t++) {
    const a = small[idxSmall[t] as number] as Bar;
    const b = large[idxLarge[t] as number] as Bar;
    dates[t] = a.date;
    s[t] = adj ? (a.adjClose as number) : a.close;
    l[t] = adj ? (b.adjClose as number) : b.close;
  }
  return { dates, small: s, large: l, price };
}
