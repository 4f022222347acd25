/**
 * Seeded simulator: correlated daily log-return random walks on NYSE trading days.
 *
 * Invariants:
 * - The path starts at a fixed epoch (SAMPLE_EPOCH) and is drawn day by day from streams seeded by
 *   (seed) for the shared factors and (seed, symbol) for a symbol's own noise. So a given date gets the
 *   same return whatever `end` is, and whichever other symbols are simulated: two runs with later `end`
 *   agree on their common dates, and each symbol is independent of the set requested.
 * - Price levels are anchored so that the close on SAMPLE_REF_DATE equals the symbol's refPrice.
 * - Every close is finite and > 0.
 */
import type { BarSeries, DailyBar } from '../types.ts';
import { gaussian, hashString, mulberry32 } from './prng.ts';
import { dayNumber, isoFromDayNumber, tradingDaysBetween } from './trading-days.ts';
import {
  canonicalSampleSymbol,
  idioLoading,
  SAMPLE_UNIVERSE,
  type SampleSymbolParams,
  sampleParams,
} from './universe.ts';

export const SAMPLE_EPOCH = '1990-01-02';
export const SAMPLE_REF_DATE = '2024-01-02';
export const SAMPLE_DEFAULT_SEED = 42;
export const SAMPLE_HISTORY_YEARS = 10;
const SESSIONS_PER_YEAR = 252;
/** Annual relative drift of a pure small-cap index during a rotation regime. */
const REGIME_ANNUAL_TILT = 0.18;

/** Shared market state for one seed, epoch → last date. Arrays are parallel to `dates`. */
export interface FactorPath {
  seed: number;
  dates: string[];
  market: Float64Array;
  size: Float64Array;
  /** Daily drift tilt of a pure small-cap index: +, − or 0 (neutral regime). */
  regime: Float64Array;
}

export function simulateFactors(seed: number, lastDate: string): FactorPath {
  const last = lastDate > SAMPLE_REF_DATE ? lastDate : SAMPLE_REF_DATE;
  const dates = tradingDaysBetween(SAMPLE_EPOCH, last);
  const n = dates.length;
  const factorNormal = gaussian(mulberry32(hashString(`factors|${seed}`)));
  const regimeUniform = mulberry32(hashString(`regime|${seed}`));
  const market = new Float64Array(n);
  const size = new Float64Array(n);
  const regime = new Float64Array(n);
  let state = 0;
  let left = 0;
  for (let i = 0; i < n; i++) {
    if (left <= 0) {
      // Regimes last 2–12 months; the next state is one of the two others.
      const step = regimeUniform() < 0.5 ? 1 : 2;
      state = ((state + 1 + step) % 3) - 1;
      left = 40 + Math.floor(regimeUniform() * 210);
    }
    left--;
    market[i] = factorNormal();
    size[i] = factorNormal();
    regime[i] = (state * REGIME_ANNUAL_TILT) / SESSIONS_PER_YEAR;
  }
  return { seed, dates, market, size, regime };
}

const roundPrice = (x: number): number => {
  const r = x >= 1 ? Math.round(x * 100) / 100 : Math.round(x * 10000) / 10000;
  return r > 0 ? r : 0.0001;
};

/** Bars of one symbol on the path's dates within [from, to]. */
export function simulateSymbol(path: FactorPath, params: SampleSymbolParams, from: string, to: string): DailyBar[] {
  const n = path.dates.length;
  const sigma = params.vol / Math.sqrt(SESSIONS_PER_YEAR);
  const mu = params.drift / SESSIONS_PER_YEAR;
  const idio = idioLoading(params);
  const noise = gaussian(mulberry32(hashString(`symbol|${path.seed}|${params.symbol}`)));
  const logClose = new Float64Array(n);
  const gap = new Float64Array(n);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  const vol = new Float64Array(n);
  let cum = 0;
  let refIndex = 0;
  for (let i = 0; i < n; i++) {
    // Always draw the same number of normals per day so streams stay aligned by date.
    const zI = noise();
    gap[i] = noise();
    up[i] = noise();
    down[i] = noise();
    vol[i] = noise();
    if (i > 0) {
      const shock = params.market * path.market[i]! + params.size * path.size[i]! + idio * zI;
      cum += mu + params.tilt * path.regime[i]! + sigma * shock;
    }
    logClose[i] = cum;
    if (path.dates[i]! <= SAMPLE_REF_DATE) refIndex = i;
  }
  const shift = Math.log(params.refPrice) - logClose[refIndex]!;
  const bars: DailyBar[] = [];
  for (let i = 0; i < n; i++) {
    const date = path.dates[i]!;
    if (date < from || date > to) continue;
    const close = Math.exp(logClose[i]! + shift);
    const prev = i > 0 ? Math.exp(logClose[i - 1]! + shift) : close;
    const open = prev * Math.exp(0.25 * sigma * gap[i]!);
    const high = Math.max(open, close) * Math.exp(0.5 * sigma * Math.abs(up[i]!));
    const low = Math.min(open, close) * Math.exp(-0.5 * sigma * Math.abs(down[i]!));
    const c = roundPrice(close);
    const bar: DailyBar = {
      date,
      open: roundPrice(open),
      high: roundPrice(high),
      low: roundPrice(low),
      close: c,
      adjClose: c,
    };
    if (params.volume > 0) bar.volume = Math.round(params.volume * Math.exp(0.35 * vol[i]! - 0.06125));
    bars.push(bar);
  }
  return bars;
}

/** First date of the default history window: same calendar day, `years` earlier. */
export function historyStart(end: string, years = SAMPLE_HISTORY_YEARS): string {
  const y = Number(end.slice(0, 4)) - years;
  const start = `${String(y).padStart(4, '0')}${end.slice(4)}`;
  // 29 Feb → 1 Mar in non-leap years; clamp to the epoch.
  const normalised = isoFromDayNumber(dayNumber(start));
  return normalised < SAMPLE_EPOCH ? SAMPLE_EPOCH : normalised;
}

export interface SimulateUniverseOptions {
  seed?: number;
  /** Last date 'YYYY-MM-DD' (inclusive; the last bar is the last trading day ≤ end). */
  end: string;
  /** Defaults to SAMPLE_UNIVERSE. */
  symbols?: readonly string[];
  /** History length in years (default 10). */
  years?: number;
}

export function sampleSeries(symbol: string, bars: DailyBar[]): BarSeries {
  return {
    symbol,
    provider: 'sample',
    bars,
    currency: 'USD',
    exchangeTimezone: 'America/New_York',
    simulated: true,
  };
}

/** Simulates several symbols on one shared factor path. Keys are canonical (upper-case) symbols. */
export function simulateUniverse(opts: SimulateUniverseOptions): Record<string, BarSeries> {
  const seed = opts.seed ?? SAMPLE_DEFAULT_SEED;
  const path = simulateFactors(seed, opts.end);
  const from = historyStart(opts.end, opts.years);
  const out: Record<string, BarSeries> = {};
  for (const raw of opts.symbols ?? SAMPLE_UNIVERSE) {
    const symbol = canonicalSampleSymbol(raw);
    out[symbol] = sampleSeries(symbol, simulateSymbol(path, sampleParams(symbol), from, opts.end));
  }
  return out;
}
