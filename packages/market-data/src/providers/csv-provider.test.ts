import { describe, expect, it } from 'vitest';
import { BadResponse, UnknownSymbol } from '../errors.ts';
import { createCsvProvider } from './csv-provider.ts';

const files: Record<string, string> = {
  IWM: 'Date,Open,High,Low,Close,Adj Close,Volume\n2024-09-11,210,212,208,211.5,211.5,100\n2024-09-12,211,214,210,213.2,213.2,90\n',
  BAD: 'Date,Close\n2024-09-12,abc\n',
};

describe('CSV import provider', () => {
  const csv = createCsvProvider({ load: async (s) => files[s] ?? null });

  it('serves bars from the loaded text within the range', async () => {
    const s = await csv.getDailyBars({ symbol: 'IWM', from: '2024-09-12' });
    expect(s.provider).toBe('csv');
    expect(s.bars).toEqual([{ date: '2024-09-12', open: 211, high: 214, low: 210, close: 213.2, adjClose: 213.2, volume: 90 }]);
  });

  it('maps a missing file to UnknownSymbol and a bad row to BadResponse naming the line', async () => {
    await expect(csv.getDailyBars({ symbol: 'SPY' })).rejects.toBeInstanceOf(UnknownSymbol);
    const e = await csv.getDailyBars({ symbol: 'BAD' }).catch((x) => x);
    expect(e).toBeInstanceOf(BadResponse);
    expect(e.detail).toMatch(/BAD\.csv line 2/);
  });
});
