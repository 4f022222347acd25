import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

const sortedMedian = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

describe('median (quickselect)', () => {
  it('odd, even, ties, one value', () => {
    expect(median(Float64Array.from([3, 1, 2]))).toBe(2);
    expect(median(Float64Array.from([4, 1, 3, 2]))).toBe(2.5);
    expect(median(Float64Array.from([5, 5, 5, 1]))).toBe(5);
    expect(median(Float64Array.from([7]))).toBe(7);
  });

  it('equals the median of the sorted values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 300 }), (xs) => {
        expect(median(Float64Array.from(xs))).toBe(sortedMedian(xs));
      }),
    );
  });
});

describe('median (sampled selection on long arrays)', () => {
  it('equals the sorted median past the sampling cut-off: distinct doubles, heavy ties, sorted runs', () => {
    const values = fc.oneof(
      // x + 0 turns −0 into +0: which zero a tie returns is unspecified, and outcomes R'/R − 1 are never −0.
      fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(values, { minLength: 601, maxLength: 5000 }), fc.boolean(), (xs, sorted) => {
        const input = sorted ? [...xs].sort((a, b) => a - b) : xs;
        expect(median(Float64Array.from(input))).toBe(sortedMedian(input));
      }),
      { numRuns: 60 },
    );
  });
});
