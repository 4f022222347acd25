import { describe, expect, it } from 'vitest';
import { aboveFloor, formatBound, ratio, verdict } from './verdict.ts';

describe('bench verdicts', () => {
  it('met up to and including the bound, missed above it', () => {
    expect(verdict(30, { max: 30, unit: 'ms' })).toBe('(target ≤ 30 ms: met)');
    expect(verdict(30.04, { max: 30, unit: 'ms' })).toBe('(target ≤ 30 ms: missed)');
    expect(verdict(1.2, { max: 1.5, unit: 'x' })).toBe('(target ≤ 1.5x: met)');
    expect(verdict(1.51, { max: 1.5, unit: 'x' })).toBe('(target ≤ 1.5x: missed)');
  });

  it('a figure that could not be computed is missed, never met', () => {
    expect(verdict(Number.NaN, { max: 30, unit: 'ms' })).toBe('(target ≤ 30 ms: missed)');
  });

  it('bounds print in their unit', () => {
    expect(formatBound({ max: 250, unit: 'ms' })).toBe('250 ms');
    expect(formatBound({ max: 1.5, unit: 'x' })).toBe('1.5x');
  });

  it('ratio against a positive floor; a zero or negative floor is an error', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(() => ratio(150, 0)).toThrow(RangeError);
    expect(() => ratio(150, -3)).toThrow(RangeError);
    expect(() => ratio(150, Number.NaN)).toThrow(RangeError);
  });

  it('above the floor is taken run by run', () => {
    expect(aboveFloor([40, 55, 31], [20, 30, 31])).toEqual([20, 25, 0]);
    expect(() => aboveFloor([1, 2], [1])).toThrow(RangeError);
  });
});
