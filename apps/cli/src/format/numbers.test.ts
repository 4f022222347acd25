import { describe, expect, it } from 'vitest';
import { num, pct, pctUnsigned, signedInt } from './numbers.ts';

describe('number formatting', () => {
  it('formats fractions as signed percentages', () => {
    expect(pct(0.0412)).toBe('+4.1%');
    expect(pct(-0.2)).toBe('-20.0%');
    expect(pct(0)).toBe('0.0%');
    expect(pct(-0.00001)).toBe('0.0%');
    expect(pct(0.123456, 2)).toBe('+12.35%');
  });
  it('prints n/a for null, undefined and non-finite, never NaN', () => {
    for (const f of [pct, pctUnsigned, num]) {
      expect(f(null)).toBe('n/a');
      expect(f(undefined)).toBe('n/a');
      expect(f(Number.NaN)).toBe('n/a');
    }
  });
  it('formats plain and signed numbers', () => {
    expect(pctUnsigned(0.2234)).toBe('22.3%');
    expect(num(1.23456)).toBe('1.23');
    expect(num(0.5, 2, true)).toBe('+0.50');
    expect(num(-0.5, 2, true)).toBe('-0.50');
    expect(signedInt(7)).toBe('+7');
    expect(signedInt(-3)).toBe('-3');
    expect(signedInt(0)).toBe('0');
  });
});
