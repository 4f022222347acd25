/**
 * Rotation badge: the market context on every ticker page, e.g.
 * "IWM vs SPY: small-cap leadership · ▲ 5 · YTD +3.2%".
 */
import type { RotationContext } from '../../shared/messages.ts';
import { arrow, formatPercent } from './format.ts';
import { stampNote, stampSentence } from './stamp-note.ts';
import type { BadgeModel, Density } from './types.ts';

const SHORT: Record<string, string> = {
  'small-cap leadership': 'small caps lead',
  'large-cap leadership': 'large caps lead',
  neutral: 'neutral',
};

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
      : `${r.small} vs ${r.large}: ${label} · ${arrow(n)} ${Math.abs(n)} · YTD ${formatPercent(ytd)}`;
  return {
    kind: 'rotation',
    state,
    tone,
    text,
    ...(note ? { note } : {}),
    label: `Market rotation, ${r.small} versus ${r.large}: ${label}, streak ${n} sessions, year-to-date spread ${formatPercent(ytd)}${stampSentence(ctx.stamp)}`,
  };
}
