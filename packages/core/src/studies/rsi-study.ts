/**
 * Overbought / oversold study, on small's RSI(14) (the report's RSI).
 * Active when the RSI at asOf is ≥ the overbought level (side 'overbought') or ≤ the oversold level
 * ('oversold'). Episodes are sessions where the RSI crossed that level from the other side
 * (overbought: previous < level ≤ current; oversold: previous > level ≥ current), at least 21 sessions
 * after the previous episode. The crossing that opened the current spell at the level, and anything
 * after it, is the present, not history: excluded.
 */
import { episodeAt, summarize } from './forward.ts';
import type { Baseline, Episode, RsiStudy } from './types.ts';

export const RSI_EPISODE_GAP = 21;


/**
 * `rsiValues[i]` ↔ price index `i + period` (core's `rsi` alignment); `dates` are the prices' dates.
 */
export function rsiStudy(
  rsiValues: Float64Array,
  period: number,
  dates: string[],
  ratio: Float64Array,
  base: Baseline,
  levels: { overbought: number; oversold: number },
): RsiStudy | null {
  const m = rsiValues.length;
  if (m === 0) return null;
  const now = rsiValues[m - 1] as number;
  const side = now >= levels.overbought ? 'overbought' : now <= levels.oversold ? 'oversold' : null;
  if (side === null) return null;
  const level = side === 'overbought' ? levels.overbought : levels.oversold;
  // Beyond the level: x ≥ level (overbought) or x ≤ level, i.e. sign·x ≥ sign·level (negation is exact).
  const sign = side === 'overbought' ? 1 : -1;
  const bound = sign * level;
  // The current spell: the run of RSI values beyond the level that ends at asOf.
  let spellStart = m - 1;
  while (spellStart > 0 && sign * (rsiValues[spellStart - 1] as number) >= bound) spellStart--;

  const last = dates.length - 1;
  const episodes: Episode[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  let wasBeyond = sign * (rsiValues[0] as number) >= bound;
  for (let i = 1; i < spellStart; i++) {
    const isBeyond = sign * (rsiValues[i] as number) >= bound;
    const crossed = isBeyond && !wasBeyond;
    wasBeyond = isBeyond;
    if (!crossed) continue;
    const t = i + period;
    if (t - previous < RSI_EPISODE_GAP) continue;
    previous = t;
    episodes.push(episodeAt(ratio, dates, t, last));
  }
  return { side, level, rsi: now, ...summarize(episodes, base) };
}
