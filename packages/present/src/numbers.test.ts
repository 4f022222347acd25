import { describe, expect, it } from 'vitest';
import {
  arrow,
  asciiMinus,
  discountWord,
  formatBytes,
  formatDiscount,
  formatMonth,
  formatNumber,
  formatPe,
  formatPercent,
  formatPoints,
  formatPrice,
  formatSignedInt,
  MINUS,
  ordinal,
  sessions,
} from './numbers.ts';

describe('numbers', () => {
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

  it('never prints NaN: missing or non-finite values are n/a', () => {
    for (const f of [formatPercent, formatNumber, formatPrice, formatSignedInt, formatBytes]) {
      expect(f(Number.NaN)).toBe('n/a');
      expect(f(null)).toBe('n/a');
      expect(f(Number.POSITIVE_INFINITY)).toBe('n/a');
    }
  });

  it('unsigned percent, signed numbers, streaks, prices with separators, sizes', () => {
    expect(formatPercent(0.297, 0, { signed: false })).toBe('30%');
    expect(formatPercent(-0.0412, 1, { signed: false })).toBe(`${MINUS}4.1%`);
    expect(formatNumber(0.5, 2, { signed: true })).toBe('+0.50');
    expect(formatNumber(-1.234, 1)).toBe(`${MINUS}1.2`);
    expect(formatSignedInt(5)).toBe('+5');
    expect(formatSignedInt(-3)).toBe(`${MINUS}3`);
    expect(formatSignedInt(0)).toBe('0');
    expect(formatPrice(1234.5)).toBe('1,234.50');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  it('ordinal of a rank, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 50, 100, 101, 111].map(ordinal)).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '50th', '100th', '101st', '111th'],
    );
  });

  it('plain text: the typographic minus becomes a hyphen, nothing else changes', () => {
    expect(asciiMinus(formatPercent(-0.2))).toBe('-20.0%');
    expect(asciiMinus(formatPoints(-0.124))).toBe('-12.4 pts');
    expect(asciiMinus('+4.1% · n/a')).toBe('+4.1% · n/a');
  });
});
