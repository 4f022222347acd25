/**
 * Number formatting for everything the badges and the card show. One module, exported, so the e2e
 * tests can format core's numbers with the same rules and compare text exactly.
 * Rules: fractions shown as percent with an explicit sign and 1 decimal ("+8.2%", "-3.0%", "0.0%": a
 * value that rounds to zero never shows a sign); P/E with 1 decimal; discounts as whole percent with
 * "below"/"above"; missing values as "n/a" (never NaN).
 */

const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** 0.0823 → "+8.2%", -0.03 → "-3.0%", null → "n/a". */
export function formatPercent(fraction: number | null | undefined, decimals = 1): string {
  if (!isNum(fraction)) return 'n/a';
  const pct = fraction * 100;
  const text = Math.abs(pct).toFixed(decimals);
  if (Number(text) === 0) return `${(0).toFixed(decimals)}%`;
  return `${pct > 0 ? '+' : '-'}${text}%`;
}

/** 14.123 → "14.1". */
export function formatPe(pe: number | null | undefined): string {
  return isNum(pe) && pe > 0 ? pe.toFixed(1) : 'n/a';
}

/** Plain number with fixed decimals (RSI, Mansfield, beta, correlation), "n/a" when missing. */
export function formatNumber(x: number | null | undefined, decimals = 1): string {
  if (!isNum(x)) return 'n/a';
  const text = x.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/** 0.384 → "38% below", -0.12 → "12% above" (1 − pe/peLarge: positive = cheaper = below). */
export function formatDiscount(discount: number | null | undefined): string {
  if (!isNum(discount)) return 'n/a';
  const pct = Math.round(Math.abs(discount) * 100);
  if (pct === 0) return 'in line with';
  return `${pct}% ${discount > 0 ? 'below' : 'above'}`;
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
