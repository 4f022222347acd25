/**
 * All studies for one aligned pair at its last session (asOf): "what followed" setups like today's.
 * The ratio and the baseline are computed once and shared; a study that does not apply today is null, and
 * so is every study when the ratio under- or overflows (see finiteOutcomes).
 * Context only: no study feeds the regime vote.
 */
import type { AlignedPair, StreakResult } from '../types.ts';
import { breakoutStudy } from './breakout-study.ts';
import { firstFiveDaysStudy } from './first-five-days-study.ts';
import { baseline, ratioSeries } from './forward.ts';
import { rsiStudy } from './rsi-study.ts';
import { streakStudy } from './streak-study.ts';
import type { Analogs } from './types.ts';


export interface AnalogInputs {
  aligned: AlignedPair;
  streak: StreakResult;
  /** Small's RSI series (core `rsi` alignment) and its period. */
  rsiSmall: Float64Array;
  rsiPeriod: number;
  levels: { overbought: number; oversold: number };
}

/**
 * Every R_{t+h} / R_t is finite exactly when R stays in (0, ∞) and max R / min R is finite; prices at the
 * edge of the double range (1e-300 next to 1e300) break that, and then no study is computed.
 */
function finiteOutcomes(ratio: Float64Array): boolean {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (let i = 0; i < ratio.length; i++) {
    const x = ratio[i] as number;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo > 0 && Number.isFinite(hi / lo);
}

const NONE: Analogs = { streak: null, overbought: null, breakout: null, firstFiveDays: null };

export function analogs({ aligned, streak, rsiSmall, rsiPeriod, levels }: AnalogInputs): Analogs {
  const { dates, small, large } = aligned;
  const ratio = ratioSeries(small, large);
  if (!finiteOutcomes(ratio)) return { ...NONE };
  const base = baseline(ratio, dates.length - 1);
  return {
    streak: streakStudy(aligned, streak, ratio, base),
    overbought: rsiStudy(rsiSmall, rsiPeriod, dates, ratio, base, levels),
    breakout: breakoutStudy(small, dates, ratio, base),
    firstFiveDays: firstFiveDaysStudy(large, dates, ratio, base),
  };
}
