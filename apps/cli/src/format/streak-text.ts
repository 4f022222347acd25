import type { RotationReport } from '@rotation-lens/core';

/** "IWM beat SPY 7 sessions in a row (since 2024-09-03), the longest since 2023-11-14". */
export function formatStreak(r: Omit<RotationReport, 'valuation'>): string {
  const { sessions, longestSince, startedOn } = r.streak;
  if (sessions === 0) return `none (${r.small} and ${r.large} tied on the last session)`;
  const n = Math.abs(sessions);
  const verb = sessions > 0 ? 'beat' : 'trailed';
  if (n === 1) return `${r.small} ${verb} ${r.large} on the last session only${startedOn ? ` (${startedOn})` : ''}`;
  const run = `${r.small} ${verb} ${r.large} ${n} sessions in a row${startedOn ? ` (since ${startedOn})` : ''}`;
  return longestSince ? `${run}, the longest since ${longestSince}` : `${run}, the longest in the data`;
}
