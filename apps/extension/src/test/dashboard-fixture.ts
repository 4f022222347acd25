/**
 * A realistic, hand-built DashboardView (the background's `get-dashboard` reply) for UI and alerts
 * tests: no data files, no worker. `makeDashboard(overrides)` returns a fresh deep copy each call.
 */
import type { RotationReport, WindowValues } from '@rotation-lens/core';
import type { DashboardView, WatchlistRow } from '../contracts/messages.ts';

const wv = (w1: number, m1: number, m3: number, ytd: number, y1: number | null): WindowValues => ({
  '1W': w1,
  '1M': m1,
  '3M': m3,
  '6M': m3 * 1.5,
  YTD: ytd,
  '1Y': y1,
});

function series(n: number): NonNullable<RotationReport['series']> {
  const dates: string[] = [];
  const ratio: number[] = [];
  const ratioSma200: (number | null)[] = [];
  const start = Date.UTC(2023, 8, 12);
  for (let i = 0; i < n; i++) {
    dates.push(new Date(start + i * 86_400_000 * 1.45).toISOString().slice(0, 10));
    ratio.push(0.4 + 0.02 * Math.sin(i / 20) + i * 0.0001);
    ratioSma200.push(i < 20 ? null : 0.4 + i * 0.0001);
  }
  return { dates, ratio, ratioSma200 };
}

export function makeReport(overrides: Partial<RotationReport> = {}): RotationReport {
  return {
    small: 'IWM',
    large: 'SPY',
    asOf: '2024-09-12',
    firstDate: '2000-05-26',
    sessions: 6113,
    price: 'adjclose',
    returns: { small: wv(0.021, 0.012, 0.081, 0.068, 0.174), large: wv(0.012, 0.018, 0.042, 0.173, 0.251) },
    relativeStrength: { ratio: 0.3957, change: wv(0.009, -0.006, 0.037, -0.089, -0.061), spread: wv(0.009, -0.006, 0.039, -0.105, -0.077), mansfield: 1.8 },
    streak: { sessions: 3, longestSince: '2024-07-17', startedOn: '2024-09-10' },
    rsi: { small: 71.2, large: 58.4 },
    correlation: { value: 0.82, window: 252, band5y: { min: 0.71, max: 0.94, position: 0.48, samples: 1260 } },
    beta: 1.18,
    volatility: { small: 0.214, large: 0.128 },
    drawdown: { small: { max: -0.59, peak: '2007-07-13', trough: '2009-03-09' }, large: { max: -0.55, peak: '2007-10-09', trough: '2009-03-09' } },
    totalReturn: { small: 4.1, large: 6.2 },
    valuation: { peSmall: 14.9, peLarge: 21.2, discount: 0.297, date: '2024-08-30', source: 'Yardeni Research' },
    regime: {
      label: 'small-cap leadership',
      score: 0.42,
      evidence: [
        { metric: 'rs-3m', text: 'IWM beat SPY by 3.7% over 3M (threshold ±2%)', value: 0.037, threshold: 0.02, vote: 1, weight: 2 },
        { metric: 'streak', text: 'IWM beat SPY 3 sessions in a row', value: 3, threshold: 5, vote: 0, weight: 1 },
        { metric: 'mansfield', text: 'Mansfield RS +1.8 (above its 200-day average)', value: 1.8, threshold: 0, vote: 1, weight: 1 },
      ],
      warnings: ['RSI 71: overbought'],
    },
    analogs: null,
    highContext: null,
    series: series(252),
    ...overrides,
  };
}

export function makeRows(): WatchlistRow[] {
  const rrg = (ratio: number, momentum: number) => ({
    ratio,
    momentum,
    tail: [0.6, 0.4, 0.2].map((k) => ({ ratio: ratio - k * 2, momentum: momentum - k * 1.5 })),
  });
  return [
    { symbol: 'IWM', lastClose: 212.44, rs3m: 0.037, rsRating: 88, streak: 3, discount: 0.297, rrg: rrg(102.1, 101.2) },
    { symbol: 'AAPL', lastClose: 222.77, rs3m: 0.012, rsRating: 64, streak: -2, discount: null, rrg: rrg(100.8, 98.7) },
    { symbol: 'NVDA', lastClose: 119.14, rs3m: -0.081, rsRating: 21, streak: -6, discount: null, rrg: rrg(97.9, 98.9) },
    { symbol: 'SOFI', lastClose: 7.91, rs3m: 0.104, rsRating: 95, streak: 7, discount: null, rrg: rrg(98.5, 102.4) },
    { symbol: 'ZZZZ', lastClose: null, rs3m: null, rsRating: null, streak: null, discount: null, rrg: null, error: 'unknown symbol ZZZZ' },
  ];
}

export function makeDashboard(overrides: Partial<DashboardView> = {}): DashboardView {
  return {
    context: {
      report: makeReport(),
      valuation: { pe: 14.9, peLarge: 21.2, discount: 0.297, basis: 'forward', date: '2024-08-30', source: 'Yardeni Research', from: 'reading' },
      stamp: { provider: 'yahoo', asOf: '2024-09-12', stale: false, offline: false, simulated: false },
    },
    watchlistId: 'default',
    rows: makeRows(),
    ...overrides,
  };
}
