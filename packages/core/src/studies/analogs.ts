/**
 * All studies for one aligned pair at its last session (asOf): "what followed" setups like today's.
 * The ratio and the baseline are computed once and shared; a study that does not apply today is null.
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

export function analogs({ aligned, streak, rsiSmall, rsiPeriod, levels }: AnalogInputs): Analogs {
  const { dates, small, large } = aligned;
  const ratio = ratioSeries(small, large);
  const base = baseline(ratio, dates.length - 1);
  return {
    streak: streakStudy(aligned, streak, ratio, base),
    overbought: rsiStudy(rsiSmall, rsiPeriod, dates, ratio, base, levels),
    breakout: breakoutStudy(small, dates, ratio, base),
    firstFiveDays: firstFiveDaysStudy(large, dates, ratio, base),
  };
}
