/** Order statistics for the benchmarks: median and nearest-rank percentiles of a sample (ms). */

export interface Summary {
  runs: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile (q in 0..1) of a non-empty sample; the median of an even sample averages the middle two. */
export function percentile(sample: readonly number[], q: number): number {
  if (sample.length === 0) throw new RangeError('percentile of an empty sample');
  const s = [...sample].sort((a, b) => a - b);
  if (q === 0.5) {
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  }
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export function summarise(sample: readonly number[]): Summary {
  return {
    runs: sample.length,
    median: percentile(sample, 0.5),
    p90: percentile(sample, 0.9),
    min: Math.min(...sample),
    max: Math.max(...sample),
  };
}

/** "median X ms, p90 Y ms" with one decimal. */
export const formatSummary = (s: Summary): string => `median ${s.median.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms`;
