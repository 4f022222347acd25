/** RS badge: the X/benchmark ratio change over the user's RS window, e.g. "▲ RS +8.2% 3M". */
import type { TickerView } from '../../contracts/messages.ts';
import { arrow, formatPercent } from '@rotation-lens/present';
import { errorModel } from './loading.ts';
import { stampNote, stampSentence } from './stamp-note.ts';
import type { BadgeModel, Density } from '../../contracts/badge-model.ts';
import type { PageSettings } from '../../contracts/page-settings.ts';

export function rsModel(view: TickerView, settings: Pick<PageSettings, 'comparison'>, density: Density): BadgeModel {
  if (view.status === 'unknown') {
    return { kind: 'rs', state: 'unknown', tone: 'quiet', text: 'RS n/a — unknown symbol', label: `Rotation Lens: ${view.symbol} is an unknown symbol, no relative strength` };
  }
  if (view.status === 'error') return errorModel('rs', view.message);
  const w = settings.comparison.rsWindow;
  const change = view.report.relativeStrength.change[w];
  const bench = view.report.large;
  const pct = formatPercent(change);
  const { note, state } = stampNote(view.stamp);
  const tone = change === null ? 'quiet' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  const verb = change === null ? 'not available' : change > 0 ? `up ${pct.slice(1)}` : change < 0 ? `down ${pct.slice(1)}` : 'unchanged';
  return {
    kind: 'rs',
    state,
    tone,
    text: density === 'compact' ? `${arrow(change)} RS ${pct}` : `${arrow(change)} RS ${pct} ${w}`,
    ...(note ? { note } : {}),
    label: `${view.symbol} relative strength versus ${bench} over ${w}: ${verb}${stampSentence(view.stamp)}`,
  };
}
