import { describe, expect, it } from 'vitest';
import { readingDiscount } from './discount.ts';
import { parseUserReading } from './reading-schema.ts';
import { SHIPPED_READINGS } from './shipped-readings.ts';

describe('SHIPPED_READINGS', () => {
  it('are well-formed (they pass the user schema too), unique, shipped and sourced', () => {
    const ids = SHIPPED_READINGS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of SHIPPED_READINGS) {
      expect(parseUserReading(r).ok, r.id).toBe(true);
      expect(r.shipped).toBe(true);
      expect(r.source.length).toBeGreaterThan(10);
    }
  });

  it('approximate readings say so and their indicative P/Es agree with the published discount (±0.5 pt)', () => {
    const approx = SHIPPED_READINGS.filter((r) => r.approximate);
    expect(approx.map((r) => r.discount)).toEqual([0.26, 0.3]);
    for (const r of approx) {
      expect(r.note).toMatch(/indicative/);
      expect(Math.abs(1 - r.peSmall / r.peLarge - readingDiscount(r)!)).toBeLessThan(0.005);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(SHIPPED_READINGS)).toBe(true);
  });
});
