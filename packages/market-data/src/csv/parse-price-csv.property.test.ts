import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from './parse-price-csv.ts';

/** Distinct ascending dates from day offsets after 1990-01-01. */
const datesArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 40 })
  .map((days) => [...days].sort((a, b) => a - b).map((d) => new Date(Date.UTC(1990, 0, 1 + d)).toISOString().slice(0, 10)));
const priceArb = fc.double({ min: 0.0001, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('parsePriceCsv round trip (property)', () => {
  it('reads back what was written, whatever the line ending, quoting or row order', () => {
    fc.assert(
      fc.property(datesArb, fc.array(fc.tuple(priceArb, priceArb)), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), (dates, prices, eol, quote, newestFirst) => {
        const bars = dates.map((date, i) => ({ date, close: prices[i]?.[0] ?? 1, adjClose: prices[i]?.[1] ?? 1 }));
        const q = (s: string) => (quote ? `"${s}"` : s);
        const rows = bars.map((b) => [b.date, String(b.close), String(b.adjClose)].map(q).join(','));
        const text = ['Date,Close,Adj Close', ...(newestFirst ? [...rows].reverse() : rows)].join(eol) + eol;
        expect(parsePriceCsv(text, 'p.csv')).toEqual(bars);
      }),
    );
  });
});
