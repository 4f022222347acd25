/** Canonical symbol shape (Yahoo style): what the worker accepts before spending a request on it. */
const CANONICAL = /^\^?[A-Z0-9][A-Z0-9.\-=]{0,14}$/;

export function normaliseSymbol(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  return CANONICAL.test(s) ? s : null;
}

/** Small-cap index proxies: their discount is the small-vs-large reading, not a page P/E. */
export const SMALL_CAP_PROXIES: ReadonlySet<string> = new Set(['IWM', 'IJR', 'VB', '^RUT', '^SP600']);
