import { describe, expect, it } from 'vitest';
import { loadBars, parsePriceCsv } from './csv.ts';
import { hasSharedData } from './paths.ts';

describe('parsePriceCsv', () => {
  it('reads the Yahoo export with Adj Close', () => {
    const bars = parsePriceCsv('Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,11,9,10.5,10.25,100\n');
    expect(bars).toEqual([{ date: '2024-01-02', open: 10, high: 11, low: 9, close: 10.5, adjClose: 10.25, volume: 100 }]);
  });

  it('reads the lowercase CRLF long format (close is adjusted)', () => {
    const bars = parsePriceCsv('date,open,high,low,close,volume\r\n2026-01-02,1,2,0.5,1.5,10.0\r\n');
    expect(bars[0]).toMatchObject({ date: '2026-01-02', close: 1.5, adjClose: 1.5, volume: 10 });
  });

  it('drops null rows instead of producing NaN', () => {
    const bars = parsePriceCsv('Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,null,null,null,null,null,null\n2024-01-03,1,1,1,1,1,1\n');
    expect(bars.map((b) => b.date)).toEqual(['2024-01-03']);
  });

  it('rejects a file that is not a price CSV, and unsorted dates', () => {
    expect(() => parsePriceCsv('a,b\n1,2')).toThrow(/not a price CSV/);
    expect(() => parsePriceCsv('date,close\n2024-01-03,1\n2024-01-02,1\n')).toThrow(/ascending/);
  });
});

describe.skipIf(!hasSharedData())('loadBars on ../shared/data', () => {
  it('loads SPY to 2024-09-12 and refuses path tricks', () => {
    const spy = loadBars('SPY')!;
    expect(spy.at(-1)!.date).toBe('2024-09-12');
    expect(spy[0]!.date).toBe('1993-01-29');
    expect(loadBars('../SPY')).toBeNull();
    expect(loadBars('NOPE')).toBeNull();
  });

  it('loads the long set to 2026', () => {
    expect(loadBars('IWM', 'long')!.at(-1)!.date >= '2026-01-01').toBe(true);
  });
});
