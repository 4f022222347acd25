import { describe, expect, it } from 'vitest';
import { arrow, discountWord, formatDiscount, formatMonth, formatNumber, formatPe, formatPercent, formatPoints, formatPrice, MINUS, sessions } from './format.ts';

describe('format', () => {
  it('percent: sign, one decimal, no signed zero, n/a for missing', () => {
    expect(formatPercent(0.0823)).toBe('+8.2%');
    expect(formatPercent(-0.03)).toBe('\u22123.0%'); // typographic minus, as in the popup
    expect(formatPercent(0.00049)).toBe('0.0%'); // rounds to zero: no sign
    expect(formatPercent(-0.0004)).toBe('0.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('n/a');
    expect(formatPercent(0.12345, 2)).toBe('+12.35%');
  });

  it('points: a spread of returns, same sign rules as percent', () => {
    expect(formatPoints(-0.124)).toBe(`${MINUS}12.4 pts`);
    expect(formatPoints(0.032)).toBe('+3.2 pts');
    expect(formatPoints(0.0001)).toBe('0.0 pts');
    expect(formatPoints(null)).toBe('n/a');
  });

  it('month of a reading: "Jan 2026"; malformed or missing → null', () => {
    expect(formatMonth('2026-01-01')).toBe('Jan 2026');
    expect(formatMonth('2025-12-15')).toBe('Dec 2025');
    expect(formatMonth('2026-13-01')).toBeNull();
    expect(formatMonth(null)).toBeNull();
    expect(formatMonth('soon')).toBeNull();
  });

  it('P/E: one decimal; non-positive or missing is n/a', () => {
    expect(formatPe(14.14)).toBe('14.1');
    expect(formatPe(22.6)).toBe('22.6');
    expect(formatPe(0)).toBe('n/a');
    expect(formatPe(-3)).toBe('n/a');
    expect(formatPe(undefined)).toBe('n/a');
  });

  it('discount: whole percent with direction', () => {
    expect(formatDiscount(0.3097)).toBe('31% below');
    expect(formatDiscount(-0.124)).toBe('12% above');
    expect(formatDiscount(0.001)).toBe('in line with');
    expect(formatDiscount(null)).toBe('n/a');
    expect(discountWord(0.3097)).toBe('31% discount');
    expect(discountWord(-0.124)).toBe('12% premium');
    expect(discountWord(0.001)).toBe('no discount');
  });

  it('numbers, prices, arrows, sessions', () => {
    expect(formatNumber(71.234)).toBe('71.2');
    expect(formatNumber(-0.04)).toBe('0.0');
    expect(formatNumber(-4.04)).toBe(`${MINUS}4.0`);
    expect(formatNumber(0.8567, 2)).toBe('0.86');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('n/a');
    expect(formatPrice(561.2)).toBe('561.20');
    expect(arrow(0.1)).toBe('▲');
    expect(arrow(-2)).toBe('▼');
    expect(arrow(0)).toBe('■');
    expect(arrow(null)).toBe('■');
    expect(sessions(1)).toBe('1 session');
    expect(sessions(-5)).toBe('5 sessions');
  });
});
