import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode, randomWalk } from '../../test/fixtures.ts';
import { pearson, rollingCorrelation } from './correlation.ts';

/** Textbook Pearson of one window, for comparison. */
function naivePearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += ((a[i] as number) - ma) * ((b[i] as number) - mb);
    saa += ((a[i] as number) - ma) ** 2;
    sbb += ((b[i] as number) - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

const pairs = fc
  .integer({ min: 2, max: 40 })
  .chain((window) =>
    fc.tuple(
      fc.constant(window),
      fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
        minLength: window,
        maxLength: 250,
      }),
    ),
  );

describe('rollingCorrelation', () => {
  it('hand-checked: perfect, inverse and known windows', () => {
    expect(Array.from(rollingCorrelation([1, 2, 3, 4], [2, 4, 6, 8], 3))).toEqual([1, 1]);
    expect(Array.from(rollingCorrelation([1, 2, 3], [3, 2, 1], 3))).toEqual([-1]);
    // a = 1,2,3 ; b = 1,3,2 → cov 0.5·2 / sqrt(2·2) = 0.5
    expect(rollingCorrelation([1, 2, 3], [1, 3, 2], 3)[0]).toBeCloseTo(0.5, 15);
    expect(rollingCorrelation([1, 2], [1, 2], 3).length).toBe(0);
  });

  it('equals a naive recomputation per window (1e-9) and stays in [−1, 1]', () => {
    fc.assert(
      fc.property(pairs, ([window, rows]) => {
        const a = rows.map(([x]) => x / 7);
        const b = rows.map(([, y]) => y / 3);
        const fast = rollingCorrelation(a, b, window);
        expect(fast.length).toBe(rows.length - window + 1);
        for (let i = 0; i < fast.length; i++) {
          const r = fast[i] as number;
          const expected = naivePearson(a.slice(i, i + window), b.slice(i, i + window));
          if (Number.isNaN(expected)) {
            expect(r).toBeNaN();
          } else {
            expect(r >= -1 && r <= 1).toBe(true);
            expect(Math.abs(r - expected)).toBeLessThanOrEqual(1e-9);
          }
        }
      }),
    );
  });

  it('is NaN exactly on constant windows (documented), finite elsewhere', () => {
    const out = rollingCorrelation([1, 1, 1, 2, 3], [5, 4, 3, 2, 1], 3);
    expect(out[0]).toBeNaN();
    expect(Number.isFinite(out[1])).toBe(true);
  });

  it('stays accurate across the drift resync on a long series', () => {
    const a = randomWalk(30_000, 3).map((x, i, all) => (i === 0 ? 0 : x / (all[i - 1] as number) - 1));
    const b = randomWalk(30_000, 4).map((x, i, all) => (i === 0 ? 0 : x / (all[i - 1] as number) - 1 + 0.5 * (a[i] as number)));
    const fast = rollingCorrelation(a, b, 252);
    for (const i of [0, 8190, 8191, 8192, 16_000, fast.length - 1]) {
      expect(Math.abs((fast[i] as number) - pearson(a, b, i, i + 252)!)).toBeLessThan(1e-12);
    }
  });

  it('rejects bad input', () => {
    expectCode(() => rollingCorrelation([1, 2, 3], [1, 2], 2), 'BAD_OPTION');
    expectCode(() => rollingCorrelation([1, 2, 3], [1, 2, 3], 1), 'BAD_OPTION');
    expectCode(() => rollingCorrelation([1, Number.NaN, 3], [1, 2, 3], 2), 'NON_FINITE');
    expectCode(() => rollingCorrelation([1, 2, 3], [1, 2, Number.POSITIVE_INFINITY], 2), 'NON_FINITE');
  });
});
