/**
 * Rotation badge: the market context on every ticker page, e.g.
 * "IWM vs SPY: large-cap leadership · IWM ahead last session · YTD −12.4 pts". The regime is the
 * slow verdict; the streak names who led the latest sessions, so the two never read as a contradiction.
 */
import type { RotationContext } from '../../contracts/messages.ts';
import { formatPoints, sessions } from '@rotation-lens/present';
import { stampNote, stampSentence } from './stamp-note.ts';
import type { BadgeModel, Density } from '../../contracts/badge-model.ts';

const SHORT: Record<string, string> = {
  'small-cap leadership': 'small caps lead',
  'large-cap leadership': 'large caps lead',
  neutral: 'neutral',
};

/** Who led the latest sessions: "IWM ahead last session", "IWM behind 3 sessions", "IWM even with SPY". */
export function leadText(small: string, large: string, n: number): string {
  if (n === 0) return `${small} even with ${large}`;
  const side = n > 0 ? 'ahead' : 'behind';
  return Math.abs(n) === 1 ? `${small} ${side} last session` : `${small} ${side} ${sessions(n)}`;
}

export function rotationModel(ctx: RotationContext | null, density: Density): BadgeModel {
  if (!ctx) {
    return { kind: 'rotation', state: 'error', tone: 'bad', text: 'Rotation n/a', label: 'Rotation Lens: market context unavailable' };
  }
  const r = ctx.report;
  const ytd = r.relativeStrength.spread.YTD;
  const n = r.streak.sessions;
  const label = r.regime.label;
  const tone = label === 'small-cap leadership' ? 'up' : label === 'large-cap leadership' ? 'down' : 'flat';
  const { note, state } = stampNote(ctx.stamp);
  const text =
    density === 'compact'
      ? `${r.small}/${r.large}: ${SHORT[label] ?? label}`
      : `${r.small} vs ${r.large}: ${label} · ${leadText(r.small, r.large, n)} · YTD ${formatPoints(ytd)}`;
  return {
    kind: 'rotation',
    state,
    tone,
    text,
    ...(note ? { note } : {}),
    label: `Market rotation, ${r.small} versus ${r.large}: ${label}; ${leadText(r.small, r.large, n)}; year-to-date ${r.small} ${formatPoints(ytd).replace(' pts', ' percentage points')} versus ${r.large}${stampSentence(ctx.stamp)}`,
  };
}
