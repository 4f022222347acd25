import { describe, expect, it } from 'vitest';
import type { ProviderId } from './types.ts';
import { providerSymbol } from './symbols-provider.ts';

const IDS: ProviderId[] = ['yahoo', 'stooq', 'alphavantage', 'tiingo', 'twelvedata', 'csv', 'sample'];
const row = (symbol: string) => IDS.map((id) => providerSymbol(id, symbol));

describe('providerSymbol', () => {
  it('writes each canonical symbol the way each provider expects', () => {
    expect(row('SPY')).toEqual(['SPY', 'spy.us', 'SPY', 'spy', 'SPY', 'SPY', 'SPY']);
    expect(row('^GSPC')).toEqual(['^GSPC', '^spx', null, null, 'SPX', '^GSPC', '^GSPC']);
    expect(row('^RUT')).toEqual(['^RUT', '^rut', null, null, 'RUT', '^RUT', '^RUT']);
    expect(row('BRK-B')).toEqual(['BRK-B', 'brk-b.us', 'BRK.B', 'brk-b', 'BRK.B', 'BRK-B', 'BRK-B']);
  });
});
