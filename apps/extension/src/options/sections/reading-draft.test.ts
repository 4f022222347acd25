import { describe, expect, it } from 'vitest';
import { draftOf, EMPTY_DRAFT, toReading } from './reading-draft.ts';

const base = { ...EMPTY_DRAFT, date: '2026-01-14', peSmall: '15.6', peLarge: '22.6', source: 'MarketWatch' };

describe('reading draft', () => {
  it('no growth fields → no estimates; a range in percent → fractions with their source', () => {
    const plain = toReading(base, 'u1');
    expect(plain.ok && plain.reading.earningsGrowth).toBeUndefined();
    const r = toReading({ ...base, growthSmallLow: '17', growthSmallHigh: '22', growthLargeLow: '13', growthSource: 'Strategists' }, 'u1');
    expect(r.ok && r.reading.earningsGrowth).toEqual({ small: { low: 0.17, high: 0.22 }, large: { low: 0.13, high: 0.13 }, source: 'Strategists' });
  });

  it('errors land on the field that caused them', () => {
    const r = toReading({ ...base, growthSmallLow: '25', growthSmallHigh: '20', growthLargeLow: '-150' }, 'u1');
    expect(r.ok ? {} : r.errors).toEqual({
      growthSmallHigh: 'the low estimate must not exceed the high one',
      growthLargeLow: 'a growth estimate must be above −100%',
      growthSource: 'the growth estimates’ source must not be empty',
    });
    const missing = toReading({ ...base, growthSource: 'Strategists' }, 'u1');
    expect(missing.ok ? {} : missing.errors).toEqual({ growthSmallLow: 'a growth estimate must be a number' });
  });

  it('a stored reading round-trips through its draft', () => {
    const r = toReading({ ...base, growthSmallLow: '17', growthSmallHigh: '22.5', growthSource: 'S' }, 'u1');
    if (!r.ok) throw new Error('invalid');
    expect(draftOf(r.reading)).toMatchObject({ growthSmallLow: '17', growthSmallHigh: '22.5', growthLargeLow: '', growthSource: 'S' });
    expect(toReading(draftOf(r.reading), 'u1')).toEqual(r);
  });
});
