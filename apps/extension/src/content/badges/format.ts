/**
 * Number formatting for everything the badges and the card show. One module, exported, so the e2e
 * tests can format core's numbers with the same rules and compare text exactly.
 * Rules: fractions shown as percent with an explicit sign and 1 decimal ("+8.2%", "−3.0%", "0.0%": a
 * value that rounds to zero never shows a sign); negative numbers carry the typographic minus U+2212
 * (as in the popup); P/E with 1 decimal; discounts as whole percent with "below"/"above"; missing
 * values as "n/a" (never NaN).
 */

/** U+2212, the typographic minus: the same width as "+", never a hyphen. */
export const MINUS = '\u2212';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** 0.0823 → "+8.2%", -0.03 → "−3.0%", null → "n/a". */
export function formatPercent(fraction: number | null | undefined, decimals = 1): string {
  if (!isNum(fraction)) return 'n/a';
  const pct = fraction * 100;
  const text = Math.abs(pct).toFixed(decimals);
  if (Number(text) === 0) return `${(0).toFixed(decimals)}%`;
  return `${pct > 0 ? '+' : MINUS}${text}%`;
}

/** A spread of two returns in percentage points: -0.124 → "−12.4 pts", 0.032 → "+3.2 pts". */
export function formatPoints(fraction: number | null | undefined, decimals = 1): string {
  const pct = formatPercent(fraction, decimals);
  return pct === 'n/a' ? pct : `${pct.slice(0, -1)} pts`;
}

/** 14.123 → "14.1". */
export function formatPe(pe: number | null | undefined): string {
  return isNum(pe) && pe > 0 ? pe.toFixed(1) : 'n/a';
}

/** Plain number with fixed decimals (RSI, Mansfield, beta, correlation), "n/a" when missing. */
export function formatNumber(x: number | null | undefined, decimals = 1): string {
  if (!isNum(x)) return 'n/a';
  const text = x.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text.replace('-', MINUS);
}

/** 0.384 → "38% below", -0.12 → "12% above" (1 − pe/peLarge: positive = cheaper = below). */
export function formatDiscount(discount: number | null | undefined): string {
  if (!isNum(discount)) return 'n/a';
  const pct = Math.round(Math.abs(discount) * 100);
  if (pct === 0) return 'in line with';
  return `${pct}% ${discount > 0 ? 'below' : 'above'}`;
}

/** 0.31 → "31% discount", -0.12 → "12% premium", rounding to 0 → "no discount" (card and popup sentences). */
export function discountWord(discount: number): string {
  const pct = Math.round(Math.abs(discount) * 100);
  return pct === 0 ? 'no discount' : `${pct}% ${discount > 0 ? 'discount' : 'premium'}`;
}

/** Price with 2 decimals, "n/a" when missing. */
export function formatPrice(x: number | null | undefined): string {
  return isNum(x) ? x.toFixed(2) : 'n/a';
}

/** ▲ for positive, ▼ for negative, ■ for flat/unknown: the arrow carries the meaning, not colour. */
export function arrow(x: number | null | undefined): '▲' | '▼' | '■' {
  if (!isNum(x) || x === 0) return '■';
  return x > 0 ? '▲' : '▼';
}

/** "1 session" / "5 sessions". */
export function sessions(n: number): string {
  const abs = Math.abs(n);
  return `${abs} session${abs === 1 ? '' : 's'}`;
}

/** Month-level date of a valuation reading: "2026-01-01" → "Jan 2026"; anything else → null. */
export function formatMonth(date: string | null | undefined): string | null {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : null;
}
