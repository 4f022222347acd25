/**
 * Number formatting for the popup and options. Every formatter takes `number | null | undefined`
 * and returns '—' for a missing or non-finite value, so a gap in the data never shows as "NaN".
 */
const DASH = '—';
const ok = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** 0.0412 → "+4.1%"; signed by default (returns, spreads). */
export function pct(x: number | null | undefined, digits = 1, signed = true): string {
  if (!ok(x)) return DASH;
  const s = (x * 100).toFixed(digits);
  const zero = Number(s) === 0;
  return `${signed && x > 0 && !zero ? '+' : ''}${zero ? (0).toFixed(digits) : s.replace('-', '−')}%`;
}

/** Plain number with fixed digits; minus sign typographic. */
export function num(x: number | null | undefined, digits = 2): string {
  if (!ok(x)) return DASH;
  return x.toFixed(digits).replace('-', '−');
}

/** Price with thousands separators. */
export function price(x: number | null | undefined): string {
  if (!ok(x)) return DASH;
  return x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Streak in sessions: +5 → "+5", −3 → "−3". */
export function streak(x: number | null | undefined): string {
  if (!ok(x)) return DASH;
  return x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0';
}

/** Bytes → "1.2 MB". */
export function bytes(x: number | null | undefined): string {
  if (!ok(x)) return DASH;
  if (x < 1024) return `${x} B`;
  if (x < 1024 * 1024) return `${(x / 1024).toFixed(1)} KB`;
  return `${(x / 1024 / 1024).toFixed(1)} MB`;
}

/** CSS class of a signed value: "pos" above zero, "neg" below, "" for zero or missing (no colour for no direction). */
export function toneClass(x: number | null | undefined): string {
  return ok(x) && x !== 0 ? (x > 0 ? 'pos' : 'neg') : '';
}
