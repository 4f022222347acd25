export * from './errors.ts';
export * from './types.ts';
export { dateKey, isIsoDate } from './dates.ts';
export { validateBars } from './validate.ts';
export { alignSeries, type AlignOptions } from './align.ts';
export { dailyReturns, windowReturns, ytdBaseIndex } from './metrics/returns.ts';
export { priceRatio, ratioChange, returnSpread } from './metrics/relative-strength.ts';
export { sma } from './metrics/sma.ts';
export { rsi } from './metrics/rsi.ts';
export { mansfield, MANSFIELD_PERIOD } from './metrics/mansfield.ts';
export { rsRating, rsScore } from './metrics/rs-rating.ts';
export { streak } from './metrics/streak.ts';
export { pearson, rollingCorrelation } from './metrics/correlation.ts';
export { correlationBand, BAND_LOOKBACK } from './metrics/correlation-band.ts';
export { beta } from './metrics/beta.ts';
export { volatility } from './metrics/volatility.ts';
export { maxDrawdown } from './metrics/drawdown.ts';
export { totalReturn } from './metrics/total-return.ts';
export { discountPercentile, valuationDiscount } from './metrics/valuation.ts';
export { BREADTH_AVERAGE, breadth, type BreadthResult, type BreadthShare } from './metrics/breadth.ts';
export { high52w, isRecordHigh, type High52w } from './metrics/highs.ts';
export { firstFiveDays, type FirstFiveDaysResult } from './metrics/first-five-days.ts';
export {
  quadrantOf,
  relativeRotation,
  type RelativeRotation,
  type RotationPoint,
  type RotationQuadrant,
} from './metrics/relative-rotation.ts';
export { DEFAULT_THRESHOLDS, LABEL_THRESHOLD, REGIME_WEIGHTS, regime, type RegimeInput } from './regime.ts';
export { computeReport, DEFAULT_WINDOW, RSI_PERIOD } from './report.ts';
export type * from './studies/types.ts';
export { analogs, type AnalogInputs } from './studies/analogs.ts';
export { HORIZON_KEYS, HORIZON_SESSIONS, MIN_EPISODES } from './studies/forward.ts';
export { streakStudy } from './studies/streak-study.ts';
export { RSI_EPISODE_GAP, rsiStudy } from './studies/rsi-study.ts';
export { BREAKOUT_RECENT, breakouts, breakoutStudy } from './studies/breakout-study.ts';
export { firstFiveDaysStudy } from './studies/first-five-days-study.ts';
export { highContext } from './studies/high-context.ts';
export { breadthText, highContextText, outcomeClause, STUDY_KEYS, type StudyKey, signedPercent, studySentences } from './studies/study-text.ts';
