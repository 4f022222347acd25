/**
 * Bare Float64Array loops: the fastest straightforward implementations (no validation, no drift guard,
 * no edge cases) — the floor core is measured against — and the naive per-window correlation.
 */

export function bareRsi(v: Float64Array, period: number): Float64Array {
  const n = v.length;
  const out = new Float64Array(n - period);
  let gain = 0;
  let loss = 0;
  for (let i = 1; i <= period; i++) {
    const d = (v[i] as number) - (v[i - 1] as number);
    if (d > 0) gain += d;
    else loss -= d;
  }
  gain /= period;
  loss /= period;
  out[0] = (100 * gain) / (gain + loss);
  for (let i = period + 1; i < n; i++) {
    const d = (v[i] as number) - (v[i - 1] as number);
    gain = (gain * (period - 1) + Math.max(d, 0)) / period;
    loss = (loss * (period - 1) + Math.max(-d, 0)) / period;
    out[i - period] = (100 * gain) / (gain + loss);
  }
  return out;
}

export function bareSma(v: Float64Array, period: number): Float64Array {
  const n = v.length;
  const out = new Float64Array(n - period + 1);
  let sum = 0;
  for (let i = 0; i < period; i++) sum += v[i] as number;
  out[0] = sum / period;
  for (let i = period; i < n; i++) {
    sum += (v[i] as number) - (v[i - period] as number);
    out[i - period + 1] = sum / period;
  }
  return out;
}

/** Naive rolling correlation: a full two-pass Pearson per window end, O(n·window). */
export function naiveRollingCorrelation(a: Float64Array, b: Float64Array, window: number): Float64Array {
  const out = new Float64Array(a.length - window + 1);
  for (let s = 0; s < out.length; s++) {
    let ma = 0;
    let mb = 0;
    for (let i = s; i < s + window; i++) {
      ma += a[i] as number;
      mb += b[i] as number;
    }
    ma /= window;
    mb /= window;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = s; i < s + window; i++) {
      const da = (a[i] as number) - ma;
      const db = (b[i] as number) - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    out[s] = sab / Math.sqrt(saa * sbb);
  }
  return out;
}
