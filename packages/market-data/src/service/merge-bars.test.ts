import { describe, expect, it } from 'vitest';
import { adjustmentChanged, mergeTail, normalizeBars } from './merge-bars.ts';

const bar = (date: string, close: number, adjClose?: number) => (adjClose === undefined ? { date, close } : { date, close, adjClose });

describe('adjustmentChanged', () => {
  it('compares adjClose when both have it, else close; tolerance 0.01%', () => {
    expect(adjustmentChanged(bar('d', 100, 90), bar('d', 100, 90.005))).toBe(false);
    expect(adjustmentChanged(bar('d', 100, 90), bar('d', 100, 89.7))).toBe(true); // dividend re-adjustment
    expect(adjustmentChanged(bar('d', 100), bar('d', 50))).toBe(true); // 2:1 split, unadjusted feed
    expect(adjustmentChanged(bar('d', 100, 90), bar('d', 100))).toBe(false); // no adjClose on one side: close
  });
});

describe('mergeTail', () => {
  const cached = [bar('2024-03-07', 10, 9), bar('2024-03-08', 11, 10)];

  it('appends bars after the overlap, the overlap bar taken from the tail', () => {
    const v = mergeTail(cached, [bar('2024-03-08', 11, 10), bar('2024-03-11', 12, 11)]);
    expect(v).toEqual({ kind: 'merged', bars: [...cached, bar('2024-03-11', 12, 11)] });
  });

  it('nothing new → cached bars unchanged', () => {
    expect(mergeTail(cached, [])).toEqual({ kind: 'merged', bars: cached });
    expect(mergeTail(cached, [bar('2024-03-08', 11, 10)])).toEqual({ kind: 'merged', bars: cached });
  });

  it('re-adjusted overlap or missing overlap with new bars → refetch', () => {
    expect(mergeTail(cached, [bar('2024-03-08', 11, 9.9), bar('2024-03-11', 12, 11)]).kind).toBe('refetch');
    expect(mergeTail(cached, [bar('2024-03-11', 12, 11)]).kind).toBe('refetch');
  });
});

describe('normalizeBars', () => {
  it('sorts, deduplicates (last wins) and drops bars after the last completed session', () => {
    const out = normalizeBars([bar('2024-03-11', 3), bar('2024-03-07', 1), bar('2024-03-08', 2), bar('2024-03-07', 1.5), bar('2024-03-12', 4)], '2024-03-11');
    expect(out).toEqual([bar('2024-03-07', 1.5), bar('2024-03-08', 2), bar('2024-03-11', 3)]);
  });
});
