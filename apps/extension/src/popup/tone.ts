/** CSS class of a signed value: "pos" above zero, "neg" below, "" for zero or missing (no colour for no direction). */
export function toneClass(x: number | null | undefined): string {
  return typeof x === 'number' && Number.isFinite(x) && x !== 0 ? (x > 0 ? 'pos' : 'neg') : '';
}
