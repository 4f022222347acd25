import type { ValuationReading } from '@rotation-lens/market-data';
import { describe, expect, it } from 'vitest';
import { benchmarkReading, pageDiscount } from './like-with-like.ts';

const reading = (id: string, date: string, basis: 'forward' | 'trailing', peLarge: number, extra: Partial<ValuationReading> = {}): ValuationReading => ({
  id,
  date,
  smallIndex: 'S&P 600',
  largeIndex: 'S&P 500',
  peSmall: 15,
  peLarge,
  basis,
  source: `${basis} source`,
  shipped: true,
  ...extra,
});
const FORWARD = reading('fwd', '2026-01-01', 'forward', 22.6);
const TRAILING = reading('ttm', '2026-11-30', 'trailing', 27.3, { smallIndex: 'IWM', largeIndex: 'SPY', shipped: false, source: 'Yahoo Finance, trailing P/E' });
const opts = { now: new Date('2026-12-07T15:00:00Z'), discount: (pe: number, peLarge: number) => 1 - pe / peLarge };

describe('like with like', () => {
  it('the benchmark P/E of the asked basis, from any pair whose large side is the S&P 500', () => {
    expect(benchmarkReading([FORWARD, TRAILING], 'trailing')?.id).toBe('ttm');
    expect(benchmarkReading([FORWARD, TRAILING], 'forward')?.id).toBe('fwd');
    expect(benchmarkReading([reading('q', '2026-11-30', 'trailing', 30, { largeIndex: 'QQQ' })], 'trailing')).toBeNull();
  });

  it('Finviz with P/E and Forward P/E: forward vs forward first, trailing vs trailing beside it; each with its date and staleness', () => {
    const d = pageDiscount([{ pe: 33.9, basis: 'trailing' }, { pe: 28.1, basis: 'forward' }], [FORWARD, TRAILING], opts)!;
    expect(d).toMatchObject({ pe: 28.1, peLarge: 22.6, basis: 'forward', date: '2026-01-01', stale: true });
    expect(d.discount).toBeCloseTo(1 - 28.1 / 22.6, 12);
    expect(d.alternate).toMatchObject({ pe: 33.9, peLarge: 27.3, basis: 'trailing', date: '2026-11-30', stale: false });
    expect(d.alternate?.source).toBe('page trailing P/E vs SPY trailing P/E (Yahoo Finance, trailing P/E)');
  });

  it('a trailing page P/E with only a forward benchmark reading → no comparison (never trailing vs forward)', () => {
    expect(pageDiscount([{ pe: 33.9, basis: 'trailing' }], [FORWARD], opts)).toBeNull();
    // With both P/Es on the page, the comparable one remains.
    expect(pageDiscount([{ pe: 33.9, basis: 'trailing' }, { pe: 28.1, basis: 'forward' }], [FORWARD], opts)?.alternate).toBeUndefined();
  });

  it('stale at the 45-day boundary, at display time', () => {
    const at = (iso: string) => pageDiscount([{ pe: 20, basis: 'forward' }], [FORWARD], { ...opts, now: new Date(iso) })?.stale;
    expect(at('2026-02-15T15:00:00Z')).toBe(false);
    expect(at('2026-02-16T15:00:00Z')).toBe(true);
  });
});
