/**
 * How long the worker trusts what it keeps in memory or in chrome.storage.session: a fresh bars
 * result or a computed reply answers for WARM_FRESH_MS; a provider's "unknown symbol" is believed for
 * WARM_UNKNOWN_MS before it is asked again. warm-bars.ts and reply-store.ts share these limits.
 */
export const WARM_FRESH_MS = 5 * 60_000;
export const WARM_UNKNOWN_MS = 10 * 60_000;
