/**
 * One place that turns settings into core's ReportOptions, so the badge, the card, the popup and
 * the CLI-equivalent check all compute the same numbers: X as "small", benchmark as "large",
 * 252 sessions of chart series, the user's correlation window and regime thresholds.
 */
import { computeReport, type ReportOptions, type RotationReport } from '@rotation-lens/core';
import type { BarsResult } from '@rotation-lens/market-data';
import type { Settings } from '../settings/schema.ts';

export const SERIES_LENGTH = 252;

export function reportOptions(settings: Settings, valuation: ReportOptions['valuation'] = null): ReportOptions {
  const c = settings.comparison;
  return {
    seriesLength: SERIES_LENGTH,
    window: c.correlationWindow,
    thresholds: { streak: c.streakThreshold, rsiOverbought: c.rsiOverbought, rsiOversold: c.rsiOversold },
    valuation,
  };
}

export function reportFor(x: BarsResult, bench: BarsResult, settings: Settings, valuation: ReportOptions['valuation'] = null): RotationReport {
  return computeReport({ symbol: x.symbol, bars: x.bars }, { symbol: bench.symbol, bars: bench.bars }, reportOptions(settings, valuation));
}
