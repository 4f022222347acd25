import { describe, expect, it } from 'vitest';
import { barsOf, expectCode, randomWalk } from '../test/fixtures.ts';
import { alignSeries } from './align.ts';
import { beta } from './metrics/beta.ts';
import { pearson } from './metrics/correlation.ts';
import { dailyReturns } from './metrics/returns.ts';
import { rsi } from './metrics/rsi.ts';
import { streak } from './metrics/streak.ts';
import { computeReport } from './report.ts';
import { WINDOW_KEYS } from './types.ts';

const N = 1600;
const small = { symbol: 'IWM', bars: barsOf(randomWalk(N, 11, 100, 0.015), '2019-01-01') };
const large = { symbol: 'SPY', bars: barsOf(randomWalk(N, 12, 300, 0.01), '2019-01-01') };

describe('computeReport', () => {
  it('matches the individual metrics', () => {
    const r = computeReport(small, large, { valuation: { peSmall: 15.6, peLarge: 22.6, source: 'test' } });
    const a = alignSeries(small.bars, large.bars);
    const n = a.dates.length;
    expect(r).toMatchObject({ small: 'IWM', large: 'SPY', sessions: N, price: 'close', firstDate: a.dates[0], asOf: a.dates[n - 1] });
    expect(r.relativeStrength.ratio).toBe((a.small[n - 1] as number) / (a.large[n - 1] as number));
    expect(r.returns.small['1W']).toBeCloseTo((a.small[n - 1] as number) / (a.small[n - 6] as number) - 1, 14);
    expect(r.streak).toEqual(streak(a));
    expect(r.rsi.small).toBe(rsi(a.small)[n - 15]);
    const rs = dailyReturns(a.small);
    const rl = dailyReturns(a.large);
    expect(r.correlation.value).toBeCloseTo(pearson(rs, rl, rs.length - 252, rs.length)!, 12);
    expect(r.correlation.band5y?.samples).toBe(1260);
    expect(r.beta).toBe(beta(rs, rl, 252));
    expect(r.valuation).toEqual({ peSmall: 15.6, peLarge: 22.6, discount: 1 - 15.6 / 22.6, date: null, source: 'test' });
    expect(r.regime.evidence.map((e) => e.metric)).toEqual(['rs-3m', 'mansfield', 'streak', 'ytd', 'valuation']);
    expect(r.series).toBeUndefined();
    for (const k of WINDOW_KEYS) expect(r.relativeStrength.change[k]).not.toBeNaN();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain data, no NaN/typed arrays
  });

  it('asOf truncates both series; before the first common date is an error', () => {
    const asOf = small.bars[999]?.date as string;
    const r = computeReport(small, large, { asOf });
    expect(r.asOf).toBe(asOf);
    expect(r.sessions).toBe(1000);
    const cut = computeReport({ ...small, bars: small.bars.slice(0, 1000) }, { ...large, bars: large.bars.slice(0, 1000) });
    expect(r).toEqual(cut);
    expectCode(() => computeReport(small, large, { asOf: '2018-12-31' }), 'AS_OF_OUT_OF_RANGE');
    expectCode(() => computeReport(small, large, { asOf: 'yesterday' }), 'BAD_DATE');
  });

  it('series: last N ratio points with SMA200 (null before the 200th session)', () => {
    const r = computeReport(small, large, { seriesLength: 10 });
    expect(r.series?.dates.length).toBe(10);
    expect(r.series?.ratio[9]).toBe(r.relativeStrength.ratio);
    const short = computeReport({ ...small, bars: small.bars.slice(0, 205) }, { ...large, bars: large.bars.slice(0, 205) }, { seriesLength: 300 });
    expect(short.series?.ratio.length).toBe(205);
    expect(short.series?.ratioSma200[198]).toBeNull();
    const a = alignSeries(small.bars.slice(0, 205), large.bars.slice(0, 205));
    let mean = 0;
    for (let i = 5; i < 205; i++) mean += (a.small[i] as number) / (a.large[i] as number) / 200;
    expect(short.series?.ratioSma200[204]).toBeCloseTo(mean, 12);
    expect(short.relativeStrength.mansfield).toBeCloseTo((short.relativeStrength.ratio / mean - 1) * 100, 10);
  });

  it('short histories give documented nulls, never NaN', () => {
    const r = computeReport({ ...small, bars: small.bars.slice(0, 3) }, { ...large, bars: large.bars.slice(0, 3) });
    expect(r.returns.small['1W']).toBeNull();
    expect(r.relativeStrength.mansfield).toBeNull();
    expect(r.rsi).toEqual({ small: null, large: null });
    expect(r.correlation).toEqual({ value: null, window: 252, band5y: null, unavailable: 'too-short' });
    expect(r.beta).toBeNull();
    expect(r.volatility).toEqual({ small: null, large: null });
    expect(r.regime.label).toBe('neutral');
  });

  it('a series that never moves: correlation unavailable for "no-variance", RSI null and no oversold warning', () => {
    const flat = { ...small, bars: small.bars.map((b) => ({ date: b.date, close: 50 })) };
    const r = computeReport(flat, large);
    expect(r.sessions).toBeGreaterThan(253);
    expect(r.correlation).toMatchObject({ value: null, unavailable: 'no-variance' });
    expect(r.rsi.small).toBeNull();
    expect(r.rsi.large).not.toBeNull();
    expect(r.regime.warnings).toEqual([]);
    expect(r.beta).not.toBeNull();
  });

  it('rejects bad input with typed errors', () => {
    expectCode(() => computeReport({ ...small, bars: small.bars.slice(0, 1) }, large), 'TOO_SHORT');
    expectCode(() => computeReport({ ...small, bars: [] }, large), 'EMPTY_SERIES');
    expectCode(() => computeReport(small, { ...large, bars: barsOf([1, 2], '2030-01-01') }), 'NO_COMMON_DATES');
    expectCode(() => computeReport(small, large, { window: 1 }), 'BAD_OPTION');
    expectCode(() => computeReport(small, large, { seriesLength: -1 }), 'BAD_OPTION');
    expectCode(() => computeReport(small, large, { price: 'adjclose' }), 'BAD_OPTION');
    expectCode(() => computeReport(small, large, { valuation: { peSmall: 0, peLarge: 20 } }), 'NON_POSITIVE_PRICE');
    const nan = small.bars.map((b, i) => (i === 500 ? { ...b, close: Number.NaN } : b));
    expectCode(() => computeReport({ ...small, bars: nan }, large), 'NON_FINITE');
  });
});
