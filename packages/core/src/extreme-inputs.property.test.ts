/**
 * Every exported metric, fed NaN, ±Infinity, 0, negatives and prices at the edge of the double range
 * (1e-300, 1e300), either throws a typed CoreError or returns finite numbers and documented nulls — never a
 * silent NaN or Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCoreError } from './errors.ts';
import { beta } from './metrics/beta.ts';
import { pearson } from './metrics/correlation.ts';
import { relativeRotation } from './metrics/relative-rotation.ts';
import { dailyReturns } from './metrics/returns.ts';
import { rsScore } from './metrics/rs-rating.ts';
import { volatility } from './metrics/volatility.ts';
import { computeReport } from './report.ts';
import type { Bar } from './types.ts';

/** Ordinary prices mixed with the values that used to leak NaN: extremes, zero, negatives, non-finite. */
const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: 0.01, max: 1000, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(1e-300, 1e300, 5e-324, 1.7e308) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);
const series = (minLength: number, maxLength: number) => fc.array(nasty, { minLength, maxLength });

/** Only finite numbers and nulls anywhere in `x` (objects and arrays walked). */
function allFinite(x: unknown): boolean {
  if (x === null || x === undefined || typeof x === 'string' || typeof x === 'boolean') return true;
  if (typeof x === 'number') return Number.isFinite(x);
  if (ArrayBuffer.isView(x)) return Array.from(x as Float64Array).every(Number.isFinite);
  if (Array.isArray(x)) return x.every(allFinite);
  return Object.values(x as object).every(allFinite);
}

/** The call returns only finite numbers / nulls, or throws a CoreError; anything else fails the property. */
function typedOrFinite(call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    expect(isCoreError(e), String(e)).toBe(true);
    return;
  }
  expect(allFinite(result), JSON.stringify(result, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))).toBe(true);
}

const dates = (n: number): string[] => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2000, 0, 3 + i)).toISOString().slice(0, 10));
const barsOf = (closes: number[]): Bar[] => dates(closes.length).map((date, i) => ({ date, close: closes[i] as number }));

describe('core on extreme and invalid input: a CoreError or finite numbers / documented nulls', () => {
  it('dailyReturns', () => fc.assert(fc.property(series(0, 40), (p) => typedOrFinite(() => dailyReturns(p)))));

  it('pearson', () =>
    fc.assert(
      fc.property(series(0, 30), series(0, 30), (a, b) => {
        const n = Math.min(a.length, b.length);
        typedOrFinite(() => pearson(a.slice(0, n), b.slice(0, n)));
      }),
    ));

  it('beta and volatility over returns', () =>
    fc.assert(
      fc.property(series(2, 30), series(2, 30), fc.integer({ min: 2, max: 30 }), (a, b, window) => {
        const n = Math.min(a.length, b.length);
        typedOrFinite(() => beta(a.slice(0, n), b.slice(0, n), window));
        typedOrFinite(() => volatility(a, window));
      }),
    ));

  it('rsScore', () =>
    fc.assert(
      fc.property(series(5, 5), fc.double({ min: 0.01, max: 1000, noNaN: true }), (picks, fill) => {
        const prices = Array.from({ length: 253 }, () => fill);
        [252, 189, 126, 63, 0].forEach((back, i) => {
          prices[252 - back] = picks[i] as number;
        });
        typedOrFinite(() => rsScore(prices));
      }),
    ));

  it('relativeRotation', () =>
    fc.assert(
      fc.property(series(60, 70), series(60, 70), (a, b) => typedOrFinite(() => relativeRotation(barsOf(a), barsOf(b), { tail: 2, step: 1 }))),
    ));

  it('computeReport', () =>
    fc.assert(
      fc.property(series(2, 40), series(2, 40), fc.integer({ min: 2, max: 30 }), (a, b, window) =>
        typedOrFinite(() => computeReport({ symbol: 'S', bars: barsOf(a) }, { symbol: 'L', bars: barsOf(b) }, { window })),
      ),
      { numRuns: 300 },
    ));

  it('a large return that rounds to −100% gives NON_FINITE, not a NaN ratio change', () => {
    const small = barsOf([0.01, 0.01, 0.01, 0.01, 1e-300, 1e-300]);
    const large = barsOf([1e300, 0.01, 0.01, 0.01, 0.01, 0.01]);
    expect(() => computeReport({ symbol: 'S', bars: small }, { symbol: 'L', bars: large }, { window: 2 })).toThrow(
      expect.objectContaining({ code: 'NON_FINITE' }),
    );
  });

  it('flat, zero and 1e±300 inputs give null or a coded error, never NaN', () => {
    expect(pearson([0, 0, 0], [1, 2, 3])).toBeNull();
    expect(() => pearson([1, Number.NaN, 3], [1, 2, 3])).toThrow(expect.objectContaining({ code: 'NON_FINITE' }));
    expect(() => dailyReturns([1e-300, 1e300])).toThrow(expect.objectContaining({ code: 'NON_FINITE' }));
    expect(() => rsScore(Array.from({ length: 253 }, (_, i) => (i === 0 ? 0 : 1)))).toThrow(expect.objectContaining({ code: 'NON_POSITIVE_PRICE' }));
    expect(() => volatility([1e300, -1e300, 1e300], 3)).toThrow(expect.objectContaining({ code: 'NON_FINITE' }));
    const jump = [1, 1e-300, 1, 1, 1, 1, 1e300]; // 1W return 1e300 / 1e-300 overflows
    expect(() => computeReport({ symbol: 'S', bars: barsOf(jump) }, { symbol: 'L', bars: barsOf(jump.map(() => 1)) })).toThrow(
      expect.objectContaining({ code: 'NON_FINITE' }),
    );
  });
});
