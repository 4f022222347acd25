import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { mansfield } from './mansfield.ts';

describe('mansfield', () => {
  it('is (ratio / SMA200 − 1) × 100 at the last point', () => {
    // 199 points at 1, then 1.2: SMA = (199 + 1.2)/200 = 1.001 → (1.2/1.001 − 1)·100 = 19.88012
    const ratio = new Float64Array(200).fill(1);
    ratio[199] = 1.2;
    expect(mansfield(ratio)).toBeCloseTo((1.2 / 1.001 - 1) * 100, 10);
    // Only the last 200 points count.
    const longer = new Float64Array(500).fill(7);
    longer.set(ratio, 300);
    expect(mansfield(longer)).toBeCloseTo((1.2 / 1.001 - 1) * 100, 10);
  });

  it('is null with fewer than 200 points and rejects bad values', () => {
    expect(mansfield(new Float64Array(199).fill(1))).toBeNull();
    const bad = new Float64Array(200).fill(1);
    bad[5] = Number.NaN;
    expectCode(() => mansfield(bad), 'NON_FINITE');
  });
});
