/**
 * Real IWM/SPY history from ../shared/data (skipped when the folder is absent). Asserts what the data
 * really shows: the January 2026 small-cap rotation.
 */
import { RSI } from 'trading-signals';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED_DATA, loadLong, loadYahoo } from '../test/shared-data.ts';
import { alignSeries } from './align.ts';
import { firstFiveDays } from './metrics/first-five-days.ts';
import { relativeRotation } from './metrics/relative-rotation.ts';
import { rsi } from './metrics/rsi.ts';
import { streak } from './metrics/streak.ts';
import { computeReport } from './report.ts';

describe.skipIf(!HAS_SHARED_DATA)('real data: IWM vs SPY', () => {
  const iwm = HAS_SHARED_DATA ? loadLong('IWM') : [];
  const spy = HAS_SHARED_DATA ? loadLong('SPY') : [];

  it('January 2026: IWM beat SPY 14 sessions in a row, 7 of them by 12 Jan', () => {
    const at = (asOf: string) => streak(alignSeries(iwm, spy, { asOf }));
    const jan12 = at('2026-01-12');
    const jan22 = at('2026-01-22');
    console.log('IWM vs SPY streak on 2026-01-12:', jan12, '— on 2026-01-22:', jan22);
    expect(jan12).toEqual({ sessions: 7, longestSince: '2022-09-15', startedOn: '2026-01-02' });
    // 14 sessions from 2 Jan to 22 Jan: the longest run in the common history (since May 2000).
    expect(jan22).toEqual({ sessions: 14, longestSince: null, startedOn: '2026-01-02' });
    expect(at('2026-01-15').longestSince).toBe('2008-06-06');
    expect(at('2026-01-23').sessions).toBe(-1);
  });

  it('January 2026 on the rotation chart and the first five days', () => {
    const rrg = relativeRotation(iwm, spy, { asOf: '2026-01-22' });
    console.log('IWM vs SPY rotation on 2026-01-22:', rrg);
    expect(rrg?.quadrant).toBe('leading');
    expect(rrg?.ratio).toBeGreaterThan(105);
    const a = alignSeries(spy, spy, { asOf: '2026-01-09' });
    const f5 = firstFiveDays(a.small, a.dates);
    console.log('SPY first five days 2026:', f5);
    expect(f5.year).toBe(2026);
    expect(f5.firstFive).toBeGreaterThan(0.01);
    expect(f5.history).toMatchObject({ years: 32, from: 1994, to: 2025, positiveStarts: 22, positiveYears: 20 });
  });

  it('full 26-year report on long/ data is complete and NaN-free', () => {
    const r = computeReport({ symbol: 'IWM', bars: iwm }, { symbol: 'SPY', bars: spy }, { seriesLength: 250 });
    console.log('long/ IWM vs SPY:', r.asOf, r.regime.label, r.regime.score, 'corr', r.correlation.value);
    expect(r.firstDate).toBe('2000-05-26');
    expect(r.asOf).toBe('2026-08-26'); // SPY's file ends first
    expect(r.price).toBe('close');
    expect(r.drawdown.small.trough).toBe('2009-03-09');
    expect(r.correlation.band5y?.samples).toBe(1260);
    expect(r.relativeStrength.mansfield).not.toBeNull();
    expect(r.series?.ratioSma200.every((x) => x !== null)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // NaN would come back as null
  });

  it('report on prices/ (Yahoo export, Adj Close) runs and uses adjusted closes', () => {
    const r = computeReport({ symbol: 'IWM', bars: loadYahoo('IWM') }, { symbol: 'SPY', bars: loadYahoo('SPY') });
    console.log('prices/ IWM vs SPY:', r.asOf, r.regime.label, r.regime.score);
    expect(r.price).toBe('adjclose');
    expect(r.asOf).toBe('2024-09-12');
    expect(r.sessions).toBeGreaterThan(6000);
    expect(r.correlation.value).toBeGreaterThan(0.5);
    expect(r.beta).toBeGreaterThan(0.8);
  });

  it('RSI(14) on 33 years of SPY equals trading-signals (Wilder) to 1e-9', () => {
    const closes = spy.map((b) => b.close);
    const ours = rsi(closes, 14);
    const ref = new RSI(14);
    let worst = 0;
    closes.forEach((c, i) => {
      const v = ref.add(c);
      if (i >= 14 && v !== null) worst = Math.max(worst, Math.abs(v - (ours[i - 14] as number)));
    });
    expect(worst).toBeLessThan(1e-9);
  });
});
