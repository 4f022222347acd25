/** Median wall time of `reps` runs of `fn` (after `warmup` untimed runs), in milliseconds. */
export function medianMs(fn: () => unknown, reps: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Interleaved timing of core and another implementation: core, other, core, other, ... so that load
 * from other processes on a shared machine hits both alike. Returns both medians in milliseconds.
 */
export function versus(core: () => unknown, other: () => unknown, reps: number): { core: number; other: number } {
  core();
  other();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < reps; i++) {
    let start = performance.now();
    core();
    a.push(performance.now() - start);
    start = performance.now();
    other();
    b.push(performance.now() - start);
  }
  const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return { core: median(a), other: median(b) };
}

/** Deterministic random walk of `n` closes (mulberry32), as a Float64Array. */
export function syntheticCloses(n: number, seed = 42): Float64Array {
  let s = seed >>> 0;
  const out = new Float64Array(n);
  let p = 100;
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    p *= 1 + (u - 0.5) * 0.02;
    out[i] = p;
  }
  return out;
}

export const ratio = (other: number, core: number): string => `${(other / core).toFixed(1)}x`;
