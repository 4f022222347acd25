import { describe, expect, it } from 'vitest';
import { readingsOfPair, valuationPairKey } from './pair.ts';
import { SHIPPED_READINGS } from './shipped-readings.ts';

describe('valuation pairs', () => {
  it('US small-cap funds and indices are one side, S&P 500 measures the other', () => {
    expect(valuationPairKey('IWM', 'SPY')).toBe(valuationPairKey('S&P 600', 'S&P 500'));
    expect(valuationPairKey('^rut', '^GSPC')).toBe('us-small vs us-large');
    expect(valuationPairKey('QQQ', 'SPY')).toBe('QQQ vs us-large');
  });
  it('IWM vs SPY finds the shipped S&P 600 vs S&P 500 readings; QQQ vs SPY finds none', () => {
    expect(readingsOfPair(SHIPPED_READINGS, 'IWM', 'SPY').map((r) => r.id)).toContain('shipped-2026-01-sp600-sp500-forward');
    expect(readingsOfPair(SHIPPED_READINGS, 'QQQ', 'SPY')).toEqual([]);
  });
});
