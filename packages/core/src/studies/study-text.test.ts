import { describe, expect, it } from 'vitest';
import { barsOf } from '../../test/fixtures.ts';
import { HAS_SHARED_DATA, loadLong } from '../../test/shared-data.ts';
import { computeReport } from '../report.ts';
import { breadthText, highContextText, signedPercent, studySentences } from './study-text.ts';

describe('study sentences', () => {
  it('signed percentages use a true minus sign and no sign for zero', () => {
    expect([signedPercent(-0.0101), signedPercent(0.025), signedPercent(0.00001), signedPercent(-0.0015, 2)]).toEqual([
      '−1.0%',
      '+2.5%',
      '0.0%',
      '−0.15%',
    ]);
  });

  it('gives the count and no rate when there are too few episodes', () => {
    // A 39-session winning streak on a 40-session history: nothing earlier, no 3-month window either.
    const r = computeReport(
      { symbol: 'S', bars: barsOf(Array.from({ length: 40 }, (_, i) => 100 + i)) },
      { symbol: 'L', bars: barsOf(Array.from({ length: 40 }, () => 100)) },
    );
    const streak = studySentences(r).find((l) => l.key === 'streak');
    expect(streak?.text).toBe('S beat L 39+ sessions running: never before since 2020 (n = 0)');
  });

  it('says breadth as counts and shares, n/a where no member is long enough', () => {
    const b = {
      share: 3 / 7,
      advancing: 3,
      counted: 7,
      date: '2024-06-28',
      skipped: [],
      above50: { share: 4 / 7, count: 4, counted: 7 },
      at52wHigh: { share: null, count: 0, counted: 0 },
    };
    expect(breadthText(b)).toBe('3 of 7 up on 2024-06-28 (43%) · 4 of 7 above their 50-day average (57%) · at a 52-week high: n/a');
  });

  it('names record closes and 52-week highs', () => {
    expect(highContextText('IWM', { kind: 'record', previousRecord: '2021-11-08', sessionsSince: 750 })).toBe(
      'IWM: first record close since 2021-11-08',
    );
    expect(highContextText('IWM', { kind: 'record', previousRecord: '2026-01-09', sessionsSince: 1 })).toBe(
      'IWM: record close (also 2026-01-09)',
    );
    expect(highContextText('IWM', { kind: '52w-high' })).toBe('IWM: 52-week high');
    expect(highContextText('IWM', null)).toBeNull();
  });
});

describe.skipIf(!HAS_SHARED_DATA)('study sentences on real IWM/SPY', () => {
  const report = (asOf: string) =>
    computeReport({ symbol: 'IWM', bars: loadLong('IWM') }, { symbol: 'SPY', bars: loadLong('SPY') }, { asOf });

  it('2026-01-12: the issue’s streak line, word for word', () => {
    expect(studySentences(report('2026-01-12'))[0]).toEqual({
      key: 'streak',
      text: 'IWM beat SPY 7+ sessions running 24 times since 2000; 3 months later IWM led in 8 (33%), median −1.0%; all 3-month windows: 49%, −0.15%',
    });
  });

  it('2024-11-08: the breakout line counts five earlier breakouts', () => {
    const line = studySentences(report('2024-11-08')).find((l) => l.key === 'breakout');
    expect(line?.text).toMatch(/^IWM made a first record close after a year without one 5 times since 2000; 3 months later IWM led in 4 \(80%\)/);
  });
});
