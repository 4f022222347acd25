import { describe, expect, it } from 'vitest';
import { barsOf, expectCode } from '../../test/fixtures.ts';
import { rsRating, rsScore } from './rs-rating.ts';

/** 300 closes growing at a constant daily rate g. */
const growth = (g: number): number[] => Array.from({ length: 300 }, (_, i) => 100 * (1 + g) ** i);

describe('rsRating', () => {
  it('scores 0.4·C/C63 + 0.2·C/C126 + 0.2·C/C189 + 0.2·C/C252', () => {
    const p = Array.from({ length: 253 }, (_, i) => i + 1); // C = 253, C63 = 190, C126 = 127, C189 = 64, C252 = 1
    expect(rsScore(p)).toBeCloseTo(0.4 * (253 / 190) + 0.2 * (253 / 127) + 0.2 * (253 / 64) + 0.2 * 253, 10);
    expect(rsScore(p.slice(1))).toBeNull();
  });

  it('ranks 1–99 within the universe, null for short histories, ties share', () => {
    const universe = [
      { symbol: 'UP', bars: barsOf(growth(0.002)) },
      { symbol: 'FLAT', bars: barsOf(growth(0)) },
      { symbol: 'DOWN', bars: barsOf(growth(-0.002)) },
      { symbol: 'FLAT2', bars: barsOf(growth(0)) },
      { symbol: 'NEW', bars: barsOf(growth(0.01).slice(0, 100)) },
    ];
    const r = rsRating(universe);
    expect(r.get('UP')).toBe(99);
    expect(r.get('DOWN')).toBe(1);
    expect(r.get('FLAT')).toBe(50); // p = (1 + ½)/3
    expect(r.get('FLAT2')).toBe(50);
    expect(r.get('NEW')).toBeNull();
  });

  it('honours asOf and rejects bad universes', () => {
    const bars = barsOf(growth(0.001));
    const r = rsRating([{ symbol: 'A', bars }], { asOf: bars[100]?.date as string });
    expect(r.get('A')).toBeNull();
    expect(rsRating([{ symbol: 'A', bars }]).get('A')).toBe(50);
    expectCode(() => rsRating([{ symbol: 'A', bars }, { symbol: 'A', bars }]), 'BAD_OPTION');
    expectCode(() => rsRating([{ symbol: 'A', bars }], { price: 'adjclose' }), 'BAD_OPTION');
  });

  it('gives a member with invalid bars null without blanking the others', () => {
    const bad = barsOf(growth(0.001));
    bad[10] = { ...(bad[10] as (typeof bad)[number]), close: Number.NaN };
    const r = rsRating([
      { symbol: 'UP', bars: barsOf(growth(0.002)) },
      { symbol: 'DOWN', bars: barsOf(growth(-0.002)) },
      { symbol: 'EMPTY', bars: [] },
      { symbol: 'NAN', bars: bad },
    ]);
    expect(r.get('UP')).toBe(99);
    expect(r.get('DOWN')).toBe(1);
    expect(r.get('EMPTY')).toBeNull();
    expect(r.get('NAN')).toBeNull();
  });
});
