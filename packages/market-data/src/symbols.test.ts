import { describe, expect, it } from 'vitest';
import { canonicalSymbol, isCanonicalSymbol } from './symbols.ts';

describe('canonicalSymbol', () => {
  const table: [string, Parameters<typeof canonicalSymbol>[1] | undefined, string | null][] = [
    // plain and case
    ['AAPL', undefined, 'AAPL'],
    [' aapl ', undefined, 'AAPL'],
    ['$AAPL', undefined, 'AAPL'],
    // class shares
    ['BRK.B', undefined, 'BRK-B'],
    ['BRK/B', undefined, 'BRK-B'],
    ['brk.b', undefined, 'BRK-B'],
    ['BRK-B', undefined, 'BRK-B'],
    ['BF.B', undefined, 'BF-B'],
    ['$BRK.B', undefined, 'BRK-B'],
    // indices
    ['.SPX', undefined, '^GSPC'],
    ['.INX', undefined, '^GSPC'],
    ['.INX:INDEXSP', undefined, '^GSPC'],
    ['SPX:INDEXSP', undefined, '^GSPC'],
    ['.RUT', undefined, '^RUT'],
    ['RUT:INDEXRUSSELL', undefined, '^RUT'],
    ['SP600', undefined, '^SP600'],
    ['DJI', undefined, '^DJI'],
    ['.DJI:INDEXDJX', undefined, '^DJI'],
    ['%5ERUT', undefined, '^RUT'],
    ['^GSPC', undefined, '^GSPC'],
    ['^rut', undefined, '^RUT'],
    ['SP-SPX', undefined, '^GSPC'],
    ['TVC-RUT', undefined, '^RUT'],
    ['TVC:DJI', undefined, '^DJI'],
    ['CBOE:VIX', undefined, '^VIX'],
    ['comp', { exchange: 'index' }, '^IXIC'],
    ['COMP', undefined, 'COMP'],
    ['spx', { exchange: 'index' }, '^GSPC'],
    ['.IXIC:INDEXNASDAQ', undefined, '^IXIC'],
    // exchange prefixes and suffixes
    ['NASDAQ-AAPL', undefined, 'AAPL'],
    ['NASDAQ:AAPL', undefined, 'AAPL'],
    ['AAPL:NASDAQ', undefined, 'AAPL'],
    ['NYSE-BRK.B', undefined, 'BRK-B'],
    ['BRK.B:NYSE', undefined, 'BRK-B'],
    ['XNAS:AAPL', undefined, 'AAPL'],
    ['aapl', { exchange: 'xnas' }, 'AAPL'],
    ['AAPL.US', undefined, 'AAPL'],
    ['IWM:NYSEARCA', undefined, 'IWM'],
    ['AMEX-SPY', undefined, 'SPY'],
    // non-US (decision: Yahoo suffix form)
    ['2881:TPE', undefined, '2881.TW'],
    ['2881', { exchange: 'TPE' }, '2881.TW'],
    ['TWSE-2330', undefined, '2330.TW'],
    ['VOD:LON', undefined, 'VOD.L'],
    ['700:HKG', undefined, '0700.HK'],
    ['RY:TSE', { site: 'google' }, 'RY.TO'],
    ['TSE-7203', { site: 'tradingview' }, '7203.T'],
    ['2881.TW', undefined, '2881.TW'],
    ['VOD.L', { site: 'yahoo' }, 'VOD.L'],
    ['BTC-USD', { site: 'yahoo' }, 'BTC-USD'],
    ['GC=F', { site: 'yahoo' }, 'GC=F'],
    // junk
    ['', undefined, null],
    ['5', undefined, null],
    ['100M', undefined, null],
    ['2881', undefined, null],
    ['<img src=x onerror=alert(1)>', undefined, null],
    ['AAPL<script>', undefined, null],
    ['apple-computer-inc', undefined, null],
    ['FOO:BAR', undefined, null],
    ['A:B:C', undefined, null],
    ['AAPL.XY', undefined, null],
    ['THISISWAYTOOLONGTOBEATICKER', undefined, null],
    ['^', undefined, null],
    ['AA  PL', undefined, null],
    ['%E0%A4%A', undefined, null],
    ['-AAPL', undefined, null],
  ];
  it.each(table)('%s (%o) → %s', (raw, hint, expected) => {
    expect(canonicalSymbol(raw, hint)).toBe(expected);
  });

  it('every non-null output is canonical and idempotent', () => {
    for (const [raw, hint] of table) {
      const out = canonicalSymbol(raw, hint);
      if (out === null) continue;
      expect(isCanonicalSymbol(out)).toBe(true);
      expect(canonicalSymbol(out, { site: 'yahoo' })).toBe(out);
    }
  });

  it('rejects non-strings without throwing', () => {
    expect(canonicalSymbol(undefined as unknown as string)).toBeNull();
  });
});
