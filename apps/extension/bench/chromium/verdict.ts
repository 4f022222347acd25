/**
 * How a benchmark line states its result: a figure, the floor it is measured against (measured in the
 * same run, so the machine's load moves both), and the target with its verdict. Every latency line
 * ends with `(target ≤ 30 ms: met)` or `(target ≤ 30 ms: missed)`; the verdict is on the median.
 */

export interface Target {
  /** The largest value that meets the target (inclusive). */
  max: number;
  unit: 'ms' | 'x';
}

/** `30 ms`, `1.5x`: a target's bound as printed. */
export const formatBound = (t: Target): string => (t.unit === 'x' ? `${t.max}x` : `${t.max} ms`);

/** `(target ≤ 30 ms: met)` when `value` ≤ the target's bound, else `…: missed)`; a NaN value is missed. */
export function verdict(value: number, target: Target): string {
  return `(target ≤ ${formatBound(target)}: ${value <= target.max ? 'met' : 'missed'})`;
}

/** value / floor, for a figure stated as a multiple of its floor. A floor ≤ 0 has no meaningful ratio. */
export function ratio(value: number, floor: number): number {
  if (!(floor > 0)) throw new RangeError(`ratio against a floor of ${floor} ms`);
  return value / floor;
}

/**
 * Run-by-run difference (value − floor) of two samples taken in the same runs: each run's figure
 * above the floor measured on the same page load, so the load of that moment cancels out.
 */
export function aboveFloor(values: readonly number[], floors: readonly number[]): number[] {
  if (values.length !== floors.length) throw new RangeError(`${values.length} values against ${floors.length} floors`);
  return values.map((v, i) => v - floors[i]!);
}
