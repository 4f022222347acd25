/**
 * How Rotation Lens writes a number, everywhere: badges, hover card, popup, options page and CLI
 * (the e2e tests format core's numbers with these same functions and compare text exactly).
 * Rules: fractions as percent with an explicit sign and 1 decimal ("+8.2%", "−3.0%", "0.0%": a value
 * that rounds to zero never shows a sign); negative numbers carry the typographic minus U+2212;
 * P/E with 1 decimal; discounts as whole percent with "below"/"above"; prices with 2 decimals and
 * thousands separators; a missing or non-finite value is "n/a" (never NaN). Plain-text output (the
 * CLI) turns the minus into an ASCII hyphen with `asciiMinus`.
 */

/** U+2212, the typographic minus: the same width as "+", never a hyphen. */
export const MINUS = '\u2212';

/** What a missing or non-finite value shows. */
export const NA = 'n/a';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** 0.0823 → "+8.2%", -0.03 → "−3.0%", null → "n/a"; `signed: false` drops the plus ("22.3%", a volatility). */
export function formatPercent(fraction: number | null | undefined, decimals = 1, { signed = true } = {}): string {
  if (!isNum(fraction)) return NA;
  const pct = fraction * 100;
  const text = Math.abs(pct).toFixed(decimals);
  if (Number(text) === 0) return `${(0).toFixed(decimals)}%`;
  return `${pct > 0 ? (signed ? '+' : '') : MINUS}${text}%`;
}

/** A spread of two returns in percentage points: -0.124 → "−12.4 pts", 0.032 → "+3.2 pts". */
export function formatPoints(fraction: number | null | undefined, decimals = 1): string {
  const pct = formatPercent(fraction, decimals);
  return pct === NA ? pct : `${pct.slice(0, -1)} pts`;
}

/** 14.123 → "14.1". */
export function formatPe(pe: number | null | undefined): string {
  return isNum(pe) && pe > 0 ? pe.toFixed(1) : NA;
}

/** Plain number with fixed decimals (RSI, Mansfield, beta, correlation), "n/a" when missing; `signed` adds "+" to positives. */
export function formatNumber(x: number | null | undefined, decimals = 1, { signed = false } = {}): string {
  if (!isNum(x)) return NA;
  const text = x.toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return x > 0 ? `${signed ? '+' : ''}${text}` : text.replace('-', MINUS);
}

/** A signed whole number (a streak in sessions): 7 → "+7", -3 → "−3", 0 → "0". */
export function formatSignedInt(n: number | null | undefined): string {
  if (!isNum(n)) return NA;
  return n > 0 ? `+${n}` : n < 0 ? `${MINUS}${-n}` : '0';
}

/** Bytes → "512 B", "1.5 KB", "3.0 MB". */
export function formatBytes(x: number | null | undefined): string {
  if (!isNum(x)) return NA;
  if (x < 1024) return `${x} B`;
  if (x < 1024 * 1024) return `${(x / 1024).toFixed(1)} KB`;
  return `${(x / 1024 / 1024).toFixed(1)} MB`;
}

/** Plain-text output (the CLI): the typographic minus as an ASCII hyphen. */
export const asciiMinus = (text: string): string => text.replaceAll(MINUS, '-');

/** 0.384 → "38% below", -0.12 → "12% above" (1 − pe/peLarge: positive = cheaper = below). */
export function formatDiscount(discount: number | null | undefined): string {
  if (!isNum(discount)) return NA;
  const pct = Math.round(Math.abs(discount) * 100);
  if (pct === 0) return 'in line with';
  return `${pct}% ${discount > 0 ? 'below' : 'above'}`;
}

/** 0.31 → "31% discount", -0.12 → "12% premium", rounding to 0 → "no discount" (card and popup sentences). */
export function discountWord(discount: number): string {
  const pct = Math.round(Math.abs(discount) * 100);
  return pct === 0 ? 'no discount' : `${pct}% ${discount > 0 ? 'discount' : 'premium'}`;
}

/** Price with 2 decimals and thousands separators: 1234.5 → "1,234.50"; "n/a" when missing. */
export function formatPrice(x: number | null | undefined): string {
  return isNum(x) ? x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace('-', MINUS) : NA;
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

/** English ordinal of a rank: 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd", 100 → "100th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Month-level date of a valuation reading: "2026-01-01" → "Jan 2026"; anything else → null. */
export function formatMonth(date: string | null | undefined): string | null {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : null;
}
