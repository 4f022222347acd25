import { describe, expect, it } from 'vitest';
import type { ReportValuation } from '../valuation/report-valuation.ts';
import { createColors } from './color.ts';
import { valuationLines } from './valuation-text.ts';

const JAN: ReportValuation = {
  peSmall: 15.6,
  peLarge: 22.6,
  discount: 1 - 15.6 / 22.6,
  basis: 'forward',
  date: '2026-01-01',
  source: 'Weighted forward P/E (analyst consensus), as reported in the financial press, January 2026',
  smallIndex: 'S&P 600',
  largeIndex: 'S&P 500',
  stale: true,
  published: true,
};
const plain = createColors(false);

describe('valuationLines', () => {
  it('basis, both P/Es, the discount, its date, source, and a Stale line past 45 days; every line ≤ 80 columns', () => {
    const lines = valuationLines(JAN, undefined, plain);
    expect(lines[0]).toBe('Valuation: forward P/E S&P 600 15.6 vs S&P 500 22.6 → 31.0% discount');
    expect(lines[1]).toBe('           as of 2026-01-01');
    expect(lines.join('\n')).toContain('(published figure)');
    const text = lines.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Stale valuation: as of 2026-01, more than 45 days old; refresh with --provider yahoo, or give --pe-small X --pe-large Y');
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
  });

  it('a current live reading with its rank; a premium says premium; no Stale line', () => {
    const live: ReportValuation = { ...JAN, basis: 'trailing', peSmall: 30, peLarge: 25, discount: -0.2, stale: false, published: undefined, percentile: 14.2, readings: 212, source: 'Yahoo Finance, trailing P/E' } as ReportValuation;
    const lines = valuationLines(live, undefined, plain);
    expect(lines[0]).toContain('→ 20.0% premium');
    expect(lines[1]).toBe('           as of 2026-01-01 · 14th percentile of 212 trailing readings');
    expect(lines.some((l) => l.startsWith('Stale'))).toBe(false);
  });

  it('no reading: one line saying why; --valuation none: nothing', () => {
    expect(valuationLines(null, 'no P/E reading for IWM vs SPY on or before 2024-09-12', plain)).toEqual([
      'Valuation: n/a (no P/E reading for IWM vs SPY on or before 2024-09-12)',
    ]);
    expect(valuationLines(null, undefined, plain)).toEqual([]);
  });
});
