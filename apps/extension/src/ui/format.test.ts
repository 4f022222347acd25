import { describe, expect, it } from 'vitest';
import { bytes, num, pct, price, streak, toneClass } from './format.ts';

describe('format', () => {
  it('never prints NaN', () => {
    for (const f of [pct, num, price, streak, bytes]) {
      expect(f(Number.NaN)).toBe('—');
      expect(f(null)).toBe('—');
      expect(f(Number.POSITIVE_INFINITY)).toBe('—');
    }
  });
  it('formats signed percentages with a typographic minus', () => {
    expect(pct(0.0412)).toBe('+4.1%');
    expect(pct(-0.0412)).toBe('−4.1%');
    expect(pct(-0.00001)).toBe('0.0%');
    expect(pct(0.297, 0, false)).toBe('30%');
  });
  it('formats streaks, prices and sizes', () => {
    expect(streak(5)).toBe('+5');
    expect(streak(-3)).toBe('−3');
    expect(price(1234.5)).toBe('1,234.50');
    expect(bytes(1536)).toBe('1.5 KB');
    expect(bytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(num(-1.234, 1)).toBe('−1.2');
  });
  it('colours only a direction: zero and missing values get no tone', () => {
    expect(toneClass(0.01)).toBe('pos');
    expect(toneClass(-0.01)).toBe('neg');
    expect(toneClass(0)).toBe('');
    expect(toneClass(null)).toBe('');
  });
});
