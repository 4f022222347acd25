/**
 * Argument guards shared by every metric. Each throws a CoreError with a precise code, so bad input
 * never turns into a silent NaN downstream.
 */
import { CoreError } from './errors.ts';

/** An integer option ≥ min (periods, windows, lengths). */
export function checkInteger(name: string, value: unknown, min: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new CoreError('BAD_OPTION', `${name} must be an integer ≥ ${min}, got ${String(value)}`);
  }
}

/** Two parallel arrays must have the same length. */
export function checkSameLength(what: string, a: { length: number }, b: { length: number }): void {
  if (a.length !== b.length) {
    throw new CoreError('BAD_OPTION', `${what}: lengths differ (${a.length} vs ${b.length})`);
  }
}

/** Every value finite (returns, ratios: may be ≤ 0). `x − x` is 0 exactly for finite numbers. */
export function checkFinite(values: ArrayLike<number>, series = 'values'): void {
  const typed = values instanceof Float64Array;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (x - x !== 0 || (!typed && typeof x !== 'number')) throw nonFiniteAt(series, i);
  }
}

export const nonFiniteAt = (series: string, index: number): CoreError =>
  new CoreError('NON_FINITE', `${series}[${index}] is not a finite number`, { series, index });

/** Every value a finite price > 0. Empty → EMPTY_SERIES. */
export function checkPrices(prices: ArrayLike<number>, series = 'prices'): void {
  if (prices.length === 0) throw new CoreError('EMPTY_SERIES', `${series} is empty`, { series });
  // Fast path for typed arrays: one comparison pair per value (NaN fails `x > 0`). Only when it fails do the
  // two passes below run, so the error (finiteness first, then sign) is the same as without it.
  if (prices instanceof Float64Array && allFinitePositive(prices)) return;
  checkFinite(prices, series);
  for (let i = 0; i < prices.length; i++) {
    if ((prices[i] as number) <= 0) {
      throw new CoreError('NON_POSITIVE_PRICE', `${series}[${i}] is not > 0`, { series, index: i });
    }
  }
}

function allFinitePositive(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!(x > 0 && x < Number.POSITIVE_INFINITY)) return false;
  }
  return true;
}

/** A result computed from finite inputs must be finite: else the arithmetic overflowed (e.g. 1e300 / 1e-300). */
export function checkResult(value: number, what: string): number {
  if (value - value !== 0) throw new CoreError('NON_FINITE', `${what}: arithmetic overflow`, { series: what });
  return value;
}

/**
 * A running accumulator went non-finite: find the bad input (NON_FINITE at its index), or report an
 * overflow of finite inputs. Lets hot loops check once per block instead of once per element, since
 * NaN and ±Infinity are sticky in running sums.
 */
export function failNonFinite(values: ArrayLike<number>, series = 'values'): never {
  checkFinite(values, series);
  throw new CoreError('NON_FINITE', `${series}: arithmetic overflow`, { series });
}
