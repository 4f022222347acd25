import type { ValuationReading } from '../types.ts';

/**
 * Shipped readings merged with the user's: one reading per id, the user's winning on a clash (a user may
 * correct a shipped reading by reusing its id), ascending by date; on equal dates shipped first, so the
 * user's reading is the later — and the one latestReading() picks.
 */
export function mergeReadings(shipped: readonly ValuationReading[], user: readonly ValuationReading[]): ValuationReading[] {
  const byId = new Map<string, ValuationReading>();
  for (const r of shipped) byId.set(r.id, r);
  for (const r of user) byId.set(r.id, { ...r, shipped: false });
  return [...byId.values()].sort((a, b) => a.date.localeCompare(b.date) || Number(b.shipped) - Number(a.shipped));
}

export interface LatestOptions {
  /** Only readings dated on or before this 'YYYY-MM-DD' (e.g. the date of the bars on screen). */
  asOf?: string;
  /** Also consider approximate readings (default false: a precise reading is always preferred). */
  includeApproximate?: boolean;
}

/**
 * The most recent reading dated ≤ asOf; null when none qualifies. Among equal dates the user's own reading
 * wins over a shipped one, then the later in `readings`.
 */
export function latestReading(readings: readonly ValuationReading[], opts: LatestOptions = {}): ValuationReading | null {
  let best: ValuationReading | null = null;
  for (const r of readings) {
    if (opts.asOf !== undefined && r.date > opts.asOf) continue;
    if (r.approximate && !opts.includeApproximate) continue;
    if (!best || r.date > best.date || (r.date === best.date && (best.shipped || !r.shipped))) best = r;
  }
  return best;
}
