/**
 * The CLI's numbers: the one formatter (@rotation-lens/present) in plain ASCII text — a hyphen for the
 * minus sign, "n/a" for a missing value (documented "not enough data"), never "NaN".
 */
import { asciiMinus, formatNumber, formatPercent, formatSignedInt, NA, ordinal } from '@rotation-lens/present';

export { NA, ordinal };

/** Fraction → signed percentage: 0.0412 → "+4.1%", -0.2 → "-20.0%", 0 → "0.0%". */
export const pct = (x: number | null | undefined, digits = 1): string => asciiMinus(formatPercent(x, digits));

/** Fraction → percentage without a plus (volatility): 0.223 → "22.3%". */
export const pctUnsigned = (x: number | null | undefined, digits = 1): string => asciiMinus(formatPercent(x, digits, { signed: false }));

/** Plain number with fixed digits; `signed` adds "+" to positives. */
export const num = (x: number | null | undefined, digits = 2, signed = false): string => asciiMinus(formatNumber(x, digits, { signed }));

/** Signed integer: 7 → "+7", -3 → "-3". */
export const signedInt = (n: number): string => asciiMinus(formatSignedInt(n));
