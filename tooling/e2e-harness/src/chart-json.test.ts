import { describe, expect, it } from 'vitest';
import type { CsvBar } from './csv.ts';
import { barsForQuery, instrumentType, parseChartQuery, toChartJson } from './chart-json.ts';
import { nyDate, sessionOpenUtcSeconds } from './ny-time.ts';

const bar = (date: string, close: number): CsvBar => ({ date, open: close, high: close + 1, low: close - 1, close, adjClose: close * 0.9, volume: 1000 });
const BARS = [bar('2024-03-08', 10), bar('2024-03-11', 11), bar('2024-03-12', 12), bar('2024-03-13', 13)];

interface Chart {
  chart: {
    result: { meta: Record<string, unknown>; timestamp?: number[]; indicators: { quote: Record<string, (number | null)[]>[]; adjclose: { adjclose?: number[] }[] } }[];
    error: null;
  };
}

describe('toChartJson', () => {
  it('round-trips: timestamps are 09:30 New York and read back as the same session dates and prices', () => {
    const json = toChartJson('SPY', BARS, BARS) as Chart;
    const r = json.chart.result[0]!;
    expect(r.timestamp!.map(nyDate)).toEqual(BARS.map((b) => b.date));
    // 2024-03-10 is the DST switch: the open moves from 14:30Z to 13:30Z.
    expect(r.timestamp![0]! % 86_400).toBe(14.5 * 3600);
    expect(r.timestamp![1]! % 86_400).toBe(13.5 * 3600);
    expect(r.indicators.quote[0]!.close).toEqual([10, 11, 12, 13]);
    expect(r.indicators.adjclose[0]!.adjclose).toEqual([9, 9.9, 10.8, 11.700000000000001]);
    expect(r.meta).toMatchObject({ symbol: 'SPY', currency: 'USD', exchangeTimezoneName: 'America/New_York', instrumentType: 'ETF', regularMarketPrice: 13 });
  });

  it('has no timestamp for an empty range (like Yahoo)', () => {
    const r = (toChartJson('AAPL', BARS, []) as Chart).chart.result[0]!;
    expect(r.timestamp).toBeUndefined();
    expect(r.indicators.quote).toEqual([{}]);
  });

  it('labels indices, ETFs and equities', () => {
    expect([instrumentType('^RUT'), instrumentType('IWM'), instrumentType('AAPL')]).toEqual(['INDEX', 'ETF', 'EQUITY']);
  });
});

describe('barsForQuery', () => {
  it('honours period1/period2 against each bar\'s timestamp (the session open), inclusive', () => {
    const q = parseChartQuery(new URLSearchParams({ period1: String(sessionOpenUtcSeconds('2024-03-11')), period2: String(Date.parse('2024-03-13T00:00:00Z') / 1000) }));
    // period2 = midnight UTC of the 13th: before that session's open.
    expect(barsForQuery(BARS, q).map((b) => b.date)).toEqual(['2024-03-11', '2024-03-12']);
  });

  it('a period1 at midnight UTC of a session date starts at that session (as the extension asks, as Yahoo answers)', () => {
    // Midnight UTC of the 12th is still the evening of the 11th in New York; the 11th's bar opened before it.
    const q = parseChartQuery(new URLSearchParams({ period1: String(Date.parse('2024-03-12T00:00:00Z') / 1000) }));
    expect(barsForQuery(BARS, q).map((b) => b.date)).toEqual(['2024-03-12', '2024-03-13']);
  });

  it('agrees with the plain rule (session open within the bounds) for bounds at midnight, at an open and a second either side', () => {
    const opens = BARS.map((b) => sessionOpenUtcSeconds(b.date));
    const midnights = ['2024-03-09', '2024-03-11', '2024-03-12', '2024-03-14'].map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const bounds = [...midnights, ...opens.flatMap((t) => [t - 1, t, t + 1])];
    for (const p1 of bounds)
      for (const p2 of bounds) {
        const plain = BARS.filter((_, i) => opens[i]! >= p1 && opens[i]! <= p2).map((b) => b.date);
        expect(barsForQuery(BARS, { period1: p1, period2: p2 }).map((b) => b.date), `${p1}..${p2}`).toEqual(plain);
      }
  });

  it('counts range back from now, and ignores junk periods', () => {
    const now = new Date('2024-03-13T22:00:00Z');
    expect(barsForQuery(BARS, parseChartQuery(new URLSearchParams({ range: '1d' })), now).map((b) => b.date)).toEqual(['2024-03-12', '2024-03-13']);
    expect(barsForQuery(BARS, parseChartQuery(new URLSearchParams({ range: 'max' })), now)).toHaveLength(4);
    expect(parseChartQuery(new URLSearchParams({ period1: 'abc' }))).toEqual({});
  });
});
