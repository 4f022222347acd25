import { describe, expect, it } from 'vitest';
import { formatSummary, percentile, summarise } from './stats.ts';

describe('bench stats', () => {
  it('median of odd and even samples, unsorted input', () => {
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
  });

  it('p90 is the nearest rank', () => {
    const ten = [10, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(percentile(ten, 0.9)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100], 0.9)).toBe(10);
  });

  it('an empty sample is an error, not NaN', () => {
    expect(() => percentile([], 0.5)).toThrow(RangeError);
  });

  it('summary and its text', () => {
    const s = summarise([3, 1, 2]);
    expect(s).toEqual({ runs: 3, median: 2, p90: 3, min: 1, max: 3 });
    expect(formatSummary(s)).toBe('median 2.0 ms, p90 3.0 ms');
  });
});
