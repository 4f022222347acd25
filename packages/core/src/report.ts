/**
 * computeReport: every metric of RotationReport for one small/large pair, in a handful of O(n) passes
 * over typed arrays. Rolling things are computed only over the span they are reported for: the ratio
 * for the last 200 (+ chart) sessions, the rolling correlation for the last 1,260 window ends.
 */
import { alignSeries } from './align.ts';
import { checkInteger } from './checks.ts';
import { CoreError } from './errors.ts';
import { beta } from './metrics/beta.ts';
import { correlationBand, BAND_LOOKBACK } from './metrics/correlation-band.ts';
import { rollingCorrelation } from './metrics/correlation.ts';
import { maxDrawdownUnchecked } from './metrics/drawdown.ts';
import { MANSFIELD_PERIOD, mansfield } from './metrics/mansfield.ts';
import { priceRatioUnchecked, ratioChange, returnSpread } from './metrics/relative-strength.ts';
import { dailyReturnsUnchecked, windowReturnsUnchecked } from './metrics/returns.ts';
import { lastRsi, rsi } from './metrics/rsi.ts';
import { sma } from './metrics/sma.ts';
import { streakUnchecked } from './metrics/streak.ts';
import { totalReturnUnchecked } from './metrics/total-return.ts';
import { valuationDiscount } from './metrics/valuation.ts';
import { volatility } from './metrics/volatility.ts';
import { DEFAULT_THRESHOLDS, regime } from './regime.ts';
import { analogs } from './studies/analogs.ts';
import { highContext } from './studies/high-context.ts';
import type { Analogs } from './studies/types.ts';
import type { AlignedPair, Bar, ReportOptions, RotationReport, StreakResult } from './types.ts';

export const DEFAULT_WINDOW = 252;
export const RSI_PERIOD = 14;

const lastOrNull = (values: Float64Array): number | null => {
  const x = values[values.length - 1];
  return x === undefined || x - x !== 0 ? null : x;
};

function checkReportOptions(opts: ReportOptions): { window: number; seriesLength: number } {
  if (opts === null || typeof opts !== 'object') throw new CoreError('BAD_OPTION', 'options must be an object');
  const window = opts.window ?? DEFAULT_WINDOW;
  const seriesLength = opts.seriesLength ?? 0;
  checkInteger('window', window, 2);
  checkInteger('seriesLength', seriesLength, 0);
  return { window, seriesLength };
}

function valuationOf(v: ReportOptions['valuation']): RotationReport['valuation'] {
  if (v === undefined || v === null) return null;
  return {
    peSmall: v.peSmall,
    peLarge: v.peLarge,
    discount: valuationDiscount(v.peSmall, v.peLarge),
    date: v.date ?? null,
    source: v.source ?? null,
  };
}

/** Chart series: the last `length` sessions of the ratio and its SMA(200) (null before session 200). */
function chartSeries(dates: string[], ratio: Float64Array, ratioFrom: number, length: number) {
  const n = dates.length;
  const first = n - Math.min(length, n);
  const ratioSma = sma(ratio, MANSFIELD_PERIOD);
  const out = { dates: dates.slice(first), ratio: [] as number[], ratioSma200: [] as (number | null)[] };
  for (let t = first; t < n; t++) {
    const local = t - ratioFrom;
    out.ratio.push(ratio[local] as number);
    const j = local - (MANSFIELD_PERIOD - 1);
    out.ratioSma200.push(j >= 0 ? (ratioSma[j] as number) : null);
  }
  return out;
}

/** The "what followed" studies at asOf; RSI levels are the regime's (thresholds already validated). */
function studiesOf(
  aligned: AlignedPair,
  streakResult: StreakResult,
  rsiSmall: Float64Array,
  thresholds: ReportOptions['thresholds'],
): Analogs {
  const { rsiOverbought, rsiOversold } = { ...DEFAULT_THRESHOLDS, ...thresholds };
  return analogs({
    aligned,
    streak: streakResult,
    rsiSmall,
    rsiPeriod: RSI_PERIOD,
    levels: { overbought: rsiOverbought, oversold: rsiOversold },
  });
}

/**
 * False when the last `count` values are all equal: RSI is then 0 by TA-Lib's convention, which reads as
 * "oversold" although nothing moved — the report says null (n/a) instead, and the regime warns of nothing.
 */
function moved(values: Float64Array, count: number): boolean {
  const last = values[values.length - 1];
  for (let i = Math.max(0, values.length - count); i < values.length; i++) if (values[i] !== last) return true;
  return false;
}

/** The latest rolling correlation, and when it is missing, why (too little history, or a side that did not move). */
function correlationOf(rolling: Float64Array, window: number): RotationReport['correlation'] {
  const value = lastOrNull(rolling);
  const out: RotationReport['correlation'] = { value, window, band5y: correlationBand(rolling) };
  if (value === null) out.unavailable = rolling.length === 0 ? 'too-short' : 'no-variance';
  return out;
}

export function computeReport(
  small: { symbol: string; bars: Bar[] },
  large: { symbol: string; bars: Bar[] },
  opts: ReportOptions = {},
): RotationReport {
  const { window, seriesLength } = checkReportOptions(opts);
  const aligned = alignSeries(small.bars, large.bars, {
    ...(opts.price === undefined ? {} : { price: opts.price }),
    ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }),
    smallName: small.symbol,
    largeName: large.symbol,
  });
  const { dates, small: s, large: l } = aligned;
  const n = dates.length;
  if (n < 2) {
    throw new CoreError('TOO_SHORT', `${small.symbol}/${large.symbol}: ${n} common session, need ≥ 2`, {
      date: dates[0] as string,
    });
  }

  // alignSeries validated every price and date: the metrics below skip their own input checks.
  const returns = { small: windowReturnsUnchecked(s, dates), large: windowReturnsUnchecked(l, dates) };
  const change = ratioChange(returns.small, returns.large);
  const spread = returnSpread(returns.small, returns.large);
  const ratioFrom = Math.max(0, n - Math.max(MANSFIELD_PERIOD, seriesLength + MANSFIELD_PERIOD - 1));
  const ratio = priceRatioUnchecked(s, l, ratioFrom);
  const mansfieldRs = mansfield(ratio);
  const streakResult = streakUnchecked(aligned);
  const rsiSmallSeries = rsi(s, RSI_PERIOD);
  const rsiSmall = moved(s, RSI_PERIOD + 1) ? lastOrNull(rsiSmallSeries) : null;
  const rsiLarge = moved(l, RSI_PERIOD + 1) ? lastRsi(l, RSI_PERIOD) : null;

  // Only the returns the band's window ends, beta and volatility read (the last 1,260 + window − 1).
  const rs = dailyReturnsUnchecked(s, BAND_LOOKBACK + window - 1);
  const rl = dailyReturnsUnchecked(l, BAND_LOOKBACK + window - 1);
  const rolling = rollingCorrelation(rs, rl, window);
  const valuation = valuationOf(opts.valuation);

  const regimeResult = regime(
    {
      small: small.symbol,
      large: large.symbol,
      change3m: change['3M'],
      streak: streakResult.sessions,
      mansfield: mansfieldRs,
      ytdSpread: spread.YTD,
      rsiSmall,
      valuationDiscount: valuation?.discount ?? null,
    },
    opts.thresholds ?? {},
  );

  const report: RotationReport = {
    small: small.symbol,
    large: large.symbol,
    asOf: dates[n - 1] as string,
    firstDate: dates[0] as string,
    sessions: n,
    price: aligned.price,
    returns,
    relativeStrength: { ratio: ratio[ratio.length - 1] as number, change, spread, mansfield: mansfieldRs },
    streak: streakResult,
    rsi: { small: rsiSmall, large: rsiLarge },
    correlation: correlationOf(rolling, window),
    beta: beta(rs, rl, window),
    volatility: { small: volatility(rs, window), large: volatility(rl, window) },
    drawdown: { small: maxDrawdownUnchecked(s, dates), large: maxDrawdownUnchecked(l, dates) },
    totalReturn: { small: totalReturnUnchecked(s), large: totalReturnUnchecked(l) },
    valuation,
    regime: regimeResult,
    // No RSI (nothing moved) → no RSI-zone study either.
    analogs: opts.analogs === false ? null : studiesOf(aligned, streakResult, rsiSmall === null ? new Float64Array(0) : rsiSmallSeries, opts.thresholds),
    highContext: highContext(s, dates),
  };
  if (seriesLength > 0) report.series = chartSeries(dates, ratio, ratioFrom, seriesLength);
  return report;
}
