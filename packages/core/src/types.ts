/**
 * Public contract of @rotation-lens/core. Everything here is plain data: no DOM, no chrome APIs.
 * Numbers are fractions (0.05 = 5%) unless a name says otherwise (RSI, Mansfield, percentiles).
 */
import type { Analogs, HighContext } from './studies/types.ts';

/** One daily bar. `date` is the session date 'YYYY-MM-DD' (exchange calendar, not UTC). */
export interface Bar {
  date: string;
  close: number;
  /** Adjusted close (splits and dividends). Used when every bar of both series has it. */
  adjClose?: number;
}

/** Which price a metric reads. Default: 'adjclose' when every bar has it, else 'close'. */
export type PriceField = 'close' | 'adjclose';

/** Lookback windows. Sessions: 1W=5, 1M=21, 3M=63, 6M=126, 1Y=252; YTD from last session of prior year. */
export type WindowKey = '1W' | '1M' | '3M' | '6M' | 'YTD' | '1Y';
export const WINDOW_KEYS: readonly WindowKey[] = ['1W', '1M', '3M', '6M', 'YTD', '1Y'];
export const WINDOW_SESSIONS = { '1W': 5, '1M': 21, '3M': 63, '6M': 126, '1Y': 252 } as const;

/** A value per window; null when the series is too short for that window (documented, never NaN). */
export type WindowValues = Record<WindowKey, number | null>;

/** Two series joined on their common dates. Arrays are parallel and ascending by date. */
export interface AlignedPair {
  dates: string[];
  small: Float64Array;
  large: Float64Array;
  price: PriceField;
}

export interface StreakResult {
  /** + sessions small beat large, − sessions it trailed, 0 when the last session is a tie. */
  sessions: number;
  /** Most recent date before the current run on which a same-direction run reached ≥ |sessions|; null if never. */
  longestSince: string | null;
  /** Date the current run began (first session of the run); null when sessions = 0. */
  startedOn: string | null;
}

export interface DrawdownResult {
  /** ≤ 0. */
  max: number;
  peak: string | null;
  trough: string | null;
}

export interface CorrelationBand {
  min: number;
  max: number;
  /** Where the current value sits in [min, max]: 0 = at min, 1 = at max. null when min = max. */
  position: number | null;
  /** How many rolling window ends the band covers (≤ 1260). */
  samples: number;
}

export type RegimeLabel = 'small-cap leadership' | 'large-cap leadership' | 'neutral';

export interface RegimeEvidence {
  /** Stable id, e.g. 'rs-3m', 'streak', 'mansfield', 'valuation'. */
  metric: string;
  /** Human sentence, e.g. "IWM beat SPY by 4.1% over 3M (threshold ±2%)". */
  text: string;
  value: number | null;
  threshold: number | null;
  /** +1 points to small caps, −1 to large caps, 0 neutral. */
  vote: -1 | 0 | 1;
  weight: number;
}

export interface Regime {
  label: RegimeLabel;
  /** In [−1, 1]: positive favours small caps. */
  score: number;
  evidence: RegimeEvidence[];
  /** e.g. "RSI 71: overbought". */
  warnings: string[];
}

export interface ReportOptions {
  asOf?: string;
  price?: PriceField;
  /** Correlation / beta / volatility window in sessions. Default 252. */
  window?: number;
  /** P/E inputs for the valuation discount, when known. */
  valuation?: { peSmall: number; peLarge: number; date?: string; source?: string } | null;
  /** Regime thresholds; defaults documented in README. */
  thresholds?: Partial<RegimeThresholds>;
  /** Include chart series (ratio and its SMA200 over the last N sessions). Default 0 (none). */
  seriesLength?: number;
  /** Compute the "what followed" studies (`RotationReport.analogs`). Default true. */
  analogs?: boolean;
}

export interface RegimeThresholds {
  /** |3M ratio change| beyond this votes. Default 0.02. */
  rs3m: number;
  /** |streak| at or beyond this votes. Default 5. */
  streak: number;
  rsiOverbought: number;
  rsiOversold: number;
  /** |Mansfield| beyond this votes. Default 0 (sign). */
  mansfield: number;
  /** |YTD return spread| beyond this votes. Default 0.01. (Added by core; optional.) */
  ytd?: number;
}

/** The report the CLI prints with --json and the extension displays. Same numbers everywhere. */
export interface RotationReport {
  small: string;
  large: string;
  asOf: string;
  firstDate: string;
  sessions: number;
  price: PriceField;
  returns: { small: WindowValues; large: WindowValues };
  relativeStrength: {
    /** small/large price ratio on asOf. */
    ratio: number;
    change: WindowValues;
    spread: WindowValues;
    /** (ratio / SMA(ratio,200) − 1) × 100; null with < 200 sessions. */
    mansfield: number | null;
  };
  streak: StreakResult;
  /** RSI(14) of each side; null with ≤ 14 sessions, or when its last 15 prices are all equal (nothing moved). */
  rsi: { small: number | null; large: number | null };
  correlation: {
    value: number | null;
    window: number;
    band5y: CorrelationBand | null;
    /** Why `value` is null: fewer than window + 1 common sessions, or a side did not move over the window. */
    unavailable?: 'too-short' | 'no-variance';
  };
  beta: number | null;
  volatility: { small: number | null; large: number | null };
  drawdown: { small: DrawdownResult; large: DrawdownResult };
  totalReturn: { small: number; large: number };
  valuation: null | {
    peSmall: number;
    peLarge: number;
    discount: number;
    date: string | null;
    source: string | null;
  };
  regime: Regime;
  /** "What followed" studies at asOf (context, never a regime vote); null when ReportOptions.analogs = false. */
  analogs: Analogs | null;
  /** Small's close at asOf: a record close or a 52-week high; null when neither. */
  highContext: HighContext | null;
  /** Present only when ReportOptions.seriesLength > 0. */
  series?: { dates: string[]; ratio: number[]; ratioSma200: (number | null)[] };
}
