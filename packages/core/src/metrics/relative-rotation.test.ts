import { describe, expect, it } from 'vitest';
import { barsOf, expectCode } from '../../test/fixtures.ts';
import { quadrantOf, relativeRotation } from './relative-rotation.ts';

describe('relativeRotation', () => {
  it('flat ratio sits at (100, 100)', () => {
    const closes = Array.from({ length: 100 }, (_, i) => 50 + i);
    const r = relativeRotation(barsOf(closes.map((c) => 2 * c)), barsOf(closes));
    expect(r?.ratio).toBeCloseTo(100, 12);
    expect(r?.momentum).toBeCloseTo(100, 12);
    expect(r?.tail.length).toBe(5);
  });

  it('a rising ratio is leading; tail is weekly, oldest first, ending on the last date', () => {
    const large = barsOf(new Array(120).fill(100));
    const small = barsOf(Array.from({ length: 120 }, (_, i) => 100 * 1.002 ** i));
    const r = relativeRotation(small, large, { tail: 3 });
    expect(r?.quadrant).toBe('leading');
    expect(r?.ratio).toBeGreaterThan(100);
    const dates = small.map((b) => b.date);
    expect(r?.tail.map((p) => p.date)).toEqual([dates[109], dates[114], dates[119]]);
    // hand check of the last point: ratio = 100 · R[t] / mean(R[t−49..t]) with R = 1.002^i
    const R = (i: number) => 1.002 ** i;
    let mean = 0;
    for (let i = 70; i < 120; i++) mean += R(i) / 50;
    expect(r?.ratio).toBeCloseTo((100 * R(119)) / mean, 10);
  });

  it('null when too short; typed errors', () => {
    const b = barsOf(new Array(79).fill(10));
    expect(relativeRotation(b, b)).toBeNull(); // needs 50 + 10 + 4·5 = 80
    expect(relativeRotation(barsOf(new Array(80).fill(10)), barsOf(new Array(80).fill(10)))).not.toBeNull();
    expectCode(() => relativeRotation(b, b, { tail: 0 }), 'BAD_OPTION');
    expectCode(() => relativeRotation(b, [], {}), 'EMPTY_SERIES');
  });

  it('quadrants', () => {
    expect([quadrantOf(101, 101), quadrantOf(101, 99), quadrantOf(99, 99), quadrantOf(99, 101)]).toEqual([
      'leading',
      'weakening',
      'lagging',
      'improving',
    ]);
  });
});
