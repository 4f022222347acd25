import { describe, expect, it } from 'vitest';
import { barsOf, expectCode } from '../test/fixtures.ts';
import { pricedSeries, resolvePriceField } from './price-field.ts';

describe('price field', () => {
  it('resolves the default and rejects adjclose without data', () => {
    expect(resolvePriceField(undefined, true, 'x')).toBe('adjclose');
    expect(resolvePriceField(undefined, false, 'x')).toBe('close');
    expect(resolvePriceField('close', true, 'x')).toBe('close');
    expectCode(() => resolvePriceField('adjclose', false, 'x'), 'BAD_OPTION');
  });

  it('builds a truncated priced series', () => {
    const bars = barsOf([1, 2, 3], '2024-01-01', [0.5, 1, 1.5]);
    const s = pricedSeries(bars, 'X', { asOf: '2024-01-02' });
    expect(s.dates).toEqual(['2024-01-01', '2024-01-02']);
    expect(Array.from(s.prices)).toEqual([0.5, 1]);
    expect(pricedSeries(bars, 'X', { asOf: '2023-01-01' }).prices.length).toBe(0);
  });
});
