/**
 * Result shapes of the "what followed" studies (see forward.ts for the outcome rule). Plain data; this
 * file imports nothing, so the report's types can include it without a cycle.
 */

export type HorizonKey = '1W' | '1M' | '3M' | '6M';

export interface Episode {
  /** Session the setup occurred on. */
  date: string;
  /** R_{t+h} / R_t − 1 per horizon (R = small / large); null when t + h is after asOf. */
  forward: Record<HorizonKey, number | null>;
}

export interface HorizonStats {
  /** Episodes with this horizon. */
  n: number;
  /** Outcomes > 0 (small beat large over the horizon). */
  wins: number;
  /** null when n = 0, as are mean, min and max. */
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface BaselineStats {
  n: number;
  wins: number;
  median: number | null;
}

export type Baseline = Record<HorizonKey, BaselineStats>;

/** What every study carries, whatever its setup. */
export interface StudyOutcomes {
  episodes: Episode[];
  horizons: Record<HorizonKey, HorizonStats>;
  /** The same statistics over every session with that horizon: does the setup matter at all? */
  baseline: Baseline;
  /** Fewer than MIN_EPISODES episodes: readers see the count, never a rate. */
  tooFew: boolean;
}

export interface StreakStudy extends StudyOutcomes {
  /** +1: small beat large `length` sessions running; −1: it trailed. */
  direction: 1 | -1;
  length: number;
  /** First session of the current run. */
  startedOn: string;
}

export interface RsiStudy extends StudyOutcomes {
  side: 'overbought' | 'oversold';
  level: number;
  /** Small's RSI at asOf. */
  rsi: number;
}

export interface BreakoutStudy extends StudyOutcomes {
  /** The recent breakout's session. */
  date: string;
  /** The record before it. */
  previousRecord: string;
}

export interface FirstFiveYear {
  year: number;
  /** P[5th session] / P[base] − 1 of the large index. */
  firstFive: number;
  /** P[last session of the year] / P[base] − 1. */
  fullYear: number;
}

export interface FirstFiveDaysStudy extends StudyOutcomes {
  year: number;
  firstFive: number;
  positive: boolean;
  /** Earlier years whose start had the same sign, oldest first. */
  years: FirstFiveYear[];
  /** Of `years`, those whose full year ended up. */
  positiveYears: number;
}

export interface Analogs {
  streak: StreakStudy | null;
  overbought: RsiStudy | null;
  breakout: BreakoutStudy | null;
  firstFiveDays: FirstFiveDaysStudy | null;
}

/** Small's close at asOf against its history: a record (with the record before it) or a 52-week high. */
export type HighContext =
  | { kind: 'record'; previousRecord: string; sessionsSince: number }
  | { kind: '52w-high' };
