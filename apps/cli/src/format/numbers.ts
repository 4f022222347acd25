/** Text formatting of numbers. null (documented "not enough data") prints as "n/a", never "NaN". */

export const NA = 'n/a';

/** Fraction → signed percentage: 0.0412 → "+4.1%", -0.2 → "-20.0%", 0 → "0.0%". */
export function pct(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NA;
  const s = (x * 100).toFixed(digits);
  if (Number(s) === 0) return `${(0).toFixed(digits)}%`;
  return x > 0 ? `+${s}%` : `${s}%`;
}

/** Fraction → unsigned percentage (volatility): 0.223 → "22.3%". */
export function pctUnsigned(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NA;
  return `${(x * 100).toFixed(digits)}%`;
}

/** Plain number with fixed digits; `signed` adds "+" to positives. */
export function num(x: number | null | undefined, digits = 2, signed = false): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NA;
  const s = x.toFixed(digits);
  return signed && x > 0 && Number(s) !== 0 ? `+${s}` : s;
}

/** Signed integer: 7 → "+7", -3 → "-3". */
export const signedInt = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** English ordinal: 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd", 100 → "100th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
