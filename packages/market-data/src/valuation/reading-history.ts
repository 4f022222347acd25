/**
 * The live readings kept between fetches, and when the next fetch is due. The history only grows: a new
 * fetch adds its readings (one per id, so a second fetch of the same market date replaces that day's),
 * and a failed fetch adds nothing, so the last good reading stays.
 */
import { lastCompletedSession, sessionClose } from '../calendar/session-close.ts';
import type { ValuationReading } from '../types.ts';

/** About 20 years of daily readings on two bases; beyond that the oldest go. */
export const MAX_LIVE_READINGS = 10_000;

/** `history` plus `fresh`, one reading per id (fresh wins), ascending by date then id, capped at `max`. */
export function addReadings(
  history: readonly ValuationReading[],
  fresh: readonly ValuationReading[],
  max = MAX_LIVE_READINGS,
): ValuationReading[] {
  const byId = new Map(history.map((r) => [r.id, r] as const));
  for (const r of fresh) byId.set(r.id, r);
  const sorted = [...byId.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return sorted.slice(Math.max(0, sorted.length - max));
}

/**
 * At most one fetch per session, after its close: due when nothing was tried since the close of the last
 * completed NYSE session (`lastAttempt` is an ISO instant, or null for never).
 */
export function liveFetchDue(lastAttempt: string | null, now: Date): boolean {
  if (lastAttempt === null) return true;
  const at = Date.parse(lastAttempt);
  if (!Number.isFinite(at)) return true;
  return at < sessionClose(lastCompletedSession(now)).getTime();
}
