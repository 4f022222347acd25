/**
 * The visible note about data freshness and origin, shared by all badges: nothing when the data is
 * fresh and real; otherwise "as of <date> · stale" / "· offline" and "SIMULATED" for sample data.
 */
import type { DataStamp } from '../../contracts/messages.ts';
import type { BadgeState } from '../../contracts/badge-model.ts';

export function stampNote(stamp: DataStamp | undefined): { note?: string; state: BadgeState } {
  if (!stamp) return { state: 'ok' };
  const parts: string[] = [];
  let state: BadgeState = 'ok';
  if (stamp.offline) {
    parts.push(`as of ${stamp.asOf} · offline`);
    state = 'offline';
  } else if (stamp.stale) {
    parts.push(`as of ${stamp.asOf} · stale`);
    state = 'stale';
  }
  if (stamp.simulated) parts.push('SIMULATED');
  return parts.length ? { note: parts.join(' · '), state } : { state };
}

/** Sentence suffix for aria-labels, e.g. ". Data as of 2026-01-16, stale, simulated". */
export function stampSentence(stamp: DataStamp | undefined): string {
  if (!stamp) return '';
  const flags = [stamp.stale && 'stale', stamp.offline && 'offline', stamp.simulated && 'simulated data'].filter(Boolean);
  return `. Data as of ${stamp.asOf}${flags.length ? `, ${flags.join(', ')}` : ''}`;
}
