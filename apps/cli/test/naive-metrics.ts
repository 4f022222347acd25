/**
 * Test-only reference: every RotationReport number recomputed the obvious way — plain loops over arrays,
 * a fresh pass per window, no running sums, nothing imported from @rotation-lens/core. Definitions follow
 * packages/core's contract (simple daily returns, sessions 5/21/63/126/252, YTD from the prior year's last
 * session, Wilder RSI(14) as TA-Lib, Pearson / beta / sample-stdev·√252 over the last `window` returns, 5-year
 * band over the last 1260 rolling window ends, drawdown over the history to as-of).
 */
import type { NaiveBar } from './naive-csv.ts';

export interface NaivePair {
  dates: string[];
  small: number[];
  large: number[];
}

/** Common dates up to asOf, price picked per side. */
export function naiveAlign(a: NaiveBar[], b: NaiveBar[], price: 'close' | 'adjclose', asOf?: string): NaivePair {
  const bByDate = new Map(b.map((x) => [x.date, x]));
  const out: NaivePair = { dates: [], small: [], large: [] };
  for (const x of a) {
    const y = bByDate.get(x.date);
    if (!y || (asOf !== undefined && x.date > asOf)) continue;
    out.dates.push(x.date);
    out.small.push(price === 'close' ? x.close : x.adjClose);
    out.large.push(price === 'close' ? y.close : y.adjClose);
  }
  return out;
}

export const SESSIONS: Record<string, number> = { '1W': 5, '1M': 21, '3M': 63, '6M': 126, '1Y': 252 };

export function naiveWindowReturns(p: number[], dates: string[]): Record<string, number | null> {
  const n = p.length;
  const out: Record<string, number | null> = {};
  for (const [k, s] of Object.entries(SESSIONS)) out[k] = n >= s + 1 ? p[n - 1]! / p[n - 1 - s]! - 1 : null;
  const year = dates[n - 1]!.slice(0, 4);
  let base = -1;
  for (let i = 0; i < n; i++) if (dates[i]!.slice(0, 4) < year) base = i;
  out['YTD'] = base >= 0 ? p[n - 1]! / p[base]! - 1 : null;
  return out;
}

export function dailyReturns(p: number[]): number[] {
  const r: number[] = [];
  for (let i = 1; i < p.length; i++) r.push(p[i]! / p[i - 1]! - 1);
  return r;
}

export function naiveMansfield(ratio: number[]): number | null {
  if (ratio.length < 200) return null;
  let sum = 0;
  for (let i = ratio.length - 200; i < ratio.length; i++) sum += ratio[i]!;
  return (ratio[ratio.length - 1]! / (sum / 200) - 1) * 100;
}

/** Wilder RSI as TA-Lib: seed = mean of the first `period` gains/losses, then (avg·(period−1) + x)/period. */
export function naiveRsi(p: number[], period = 14): number | null {
  if (p.length < period + 1) return null;
  let gain = 0;
  let loss = 0;
  for (let i = 1; i <= period; i++) {
    const d = p[i]! - p[i - 1]!;
    if (d > 0) gain += d;
    else loss -= d;
  }
  gain /= period;
  loss /= period;
  for (let i = period + 1; i < p.length; i++) {
    const d = p[i]! - p[i - 1]!;
    gain = (gain * (period - 1) + Math.max(d, 0)) / period;
    loss = (loss * (period - 1) + Math.max(-d, 0)) / period;
  }
  return gain + loss === 0 ? 0 : (100 * gain) / (gain + loss);
}

const mean = (xs: number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
};

/** Pearson correlation, covariance (n−1) and variance (n−1) of two equal-length slices. */
export function naiveStats(a: number[], b: number[]): { corr: number; cov: number; varA: number; varB: number } {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  const n1 = a.length - 1;
  return { corr: sab / Math.sqrt(saa * sbb), cov: sab / n1, varA: saa / n1, varB: sbb / n1 };
}

/** Correlation of the `window` returns ending at each end index; band over the last `lookback` ends. */
export function naiveCorrelationBand(rs: number[], rl: number[], window: number, lookback = 1260) {
  const values: number[] = [];
  const firstEnd = Math.max(window, rs.length - lookback + 1);
  for (let end = firstEnd; end <= rs.length; end++) {
    values.push(naiveStats(rs.slice(end - window, end), rl.slice(end - window, end)).corr);
  }
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const cur = values[values.length - 1]!;
  return { min, max, position: max === min ? null : (cur - min) / (max - min), samples: values.length };
}

export function naiveDrawdown(p: number[], dates: string[]) {
  let worst = 0;
  let peakAt = -1;
  let troughAt = -1;
  for (let t = 0; t < p.length; t++) {
    let hi = 0;
    let hiAt = 0;
    for (let s = 0; s <= t; s++) {
      if (p[s]! > hi) {
        hi = p[s]!;
        hiAt = s;
      }
    }
    const dd = p[t]! / hi - 1;
    if (dd < worst) {
      worst = dd;
      peakAt = hiAt;
      troughAt = t;
    }
  }
  return { max: worst, peak: peakAt < 0 ? null : dates[peakAt]!, trough: troughAt < 0 ? null : dates[troughAt]! };
}

/**
 * Streak by brute force: signs of (small return − large return) per session; current run from the end;
 * longestSince = end date of the most recent earlier same-direction run of length ≥ current.
 */
export function naiveStreak(pair: NaivePair) {
  const rs = dailyReturns(pair.small);
  const rl = dailyReturns(pair.large);
  const sign = rs.map((x, i) => Math.sign(x - rl[i]!));
  const last = sign.length - 1;
  const dir = sign[last]!;
  if (dir === 0) return { sessions: 0, startedOn: null, longestSince: null };
  let start = last;
  while (start > 0 && sign[start - 1] === dir) start--;
  const len = last - start + 1;
  let longestSince: string | null = null;
  for (let end = start - 1; end >= 0 && longestSince === null; end--) {
    if (sign[end] !== dir) continue;
    let s = end;
    while (s > 0 && sign[s - 1] === dir) s--;
    if (end - s + 1 >= len) longestSince = pair.dates[end + 1]!;
    end = s;
  }
  return { sessions: dir * len, startedOn: pair.dates[start + 1]!, longestSince };
}
