/**
 * Streak badge: "▲ 5 sessions beating SPY · longest since 2025-03-14" (▼ … trailing), highlighted
 * when |streak| ≥ the user's threshold.
 */
import type { StreakResult } from '@rotation-lens/core';
import type { TickerView } from '../../contracts/messages.ts';
import { arrow, sessions } from '@rotation-lens/present';
import { errorModel } from './loading.ts';
import { stampNote, stampSentence } from './stamp-note.ts';
import type { BadgeModel, Density } from '../../contracts/badge-model.ts';
import type { PageSettings } from '../../contracts/page-settings.ts';

/** Sentence shared by the streak badge, the rotation badge and the card. */
export function streakText(streak: StreakResult, bench: string, density: Density): string {
  const n = streak.sessions;
  if (n === 0) return `■ even with ${bench} last session`;
  if (density === 'compact') return `${arrow(n)} ${Math.abs(n)} vs ${bench}`;
  // "Longest since" is news only for a run of at least 2 sessions (a 1-session run always has one).
  const since = streak.longestSince && Math.abs(n) >= 2 ? ` · longest since ${streak.longestSince}` : '';
  return `${arrow(n)} ${sessions(n)} ${n > 0 ? 'beating' : 'trailing'} ${bench}${since}`;
}

export function streakModel(view: TickerView, settings: Pick<PageSettings, 'comparison'>, density: Density): BadgeModel {
  if (view.status === 'unknown') {
    return { kind: 'streak', state: 'unknown', tone: 'quiet', text: 'Streak n/a', label: `${view.symbol}: unknown symbol, no streak` };
  }
  if (view.status === 'error') return errorModel('streak', view.message);
  const { streak, large } = view.report;
  const n = streak.sessions;
  const highlight = Math.abs(n) >= settings.comparison.streakThreshold;
  const full = streakText(streak, large, 'full');
  // The same freshness marker as every other badge: a cached run is shown with its date, never as current.
  const { note, state } = stampNote(view.stamp);
  return {
    kind: 'streak',
    state,
    tone: n > 0 ? 'up' : n < 0 ? 'down' : 'flat',
    text: streakText(streak, large, density),
    ...(note ? { note } : {}),
    label: `${view.symbol}: ${full.replace(/^[▲▼■] /, '')}${highlight ? ' (notable streak)' : ''}${stampSentence(view.stamp)}`,
    highlight,
  };
}
