/**
 * How long network work may take. Every HTTP request gets a deadline that bounds the whole response — from
 * opening the connection to the last byte of the body — so a server that accepts and never answers, or one
 * that trickles a byte every few seconds, ends in TimedOut instead of holding the caller forever.
 */

/** Per-request limit when the caller gives none: 15 s, connection to last body byte. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export interface Deadline {
  /** Longest one request may take, connection to last body byte. */
  readonly requestMs: number;
  /** What is left of an overall budget (e.g. a CLI command's), in ms; Infinity when there is none. */
  remainingMs(): number;
}

/** The time one request started now may take: its own limit, capped by what is left overall (≥ 0). */
export function requestBudgetMs(deadline: Deadline | undefined): number {
  if (!deadline) return DEFAULT_REQUEST_TIMEOUT_MS;
  return Math.max(0, Math.min(deadline.requestMs, deadline.remainingMs()));
}

/** "15 s", "0.2 s", "72 s": a duration in a message, never more precise than a tenth of a second above 1 s. */
export function secondsText(ms: number): string {
  const s = ms / 1000;
  if (s >= 10) return `${Math.round(s)} s`;
  return `${Number(s.toFixed(s >= 1 ? 1 : 2))} s`;
}
