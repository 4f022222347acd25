import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED_DATA } from '../../test/shared-data.ts';
import { expectConsistent, expectSameAsBrute, realPair } from '../../test/study-reference.ts';
import type { AlignedPair } from '../types.ts';
import { firstFiveDaysStudy } from './first-five-days-study.ts';
import { baseline, ratioSeries } from './forward.ts';

function studyOf(p: AlignedPair) {
  const ratio = ratioSeries(p.small, p.large);
  return firstFiveDaysStudy(p.large, p.dates, ratio, baseline(ratio, p.dates.length - 1));
}

/** Brute force: group sessions by year string, then compare each complete year's start sign. */
function bruteStudy(p: AlignedPair) {
  const byYear = new Map<string, number[]>();
  p.dates.forEach((d, i) => {
    byYear.set(d.slice(0, 4), [...(byYear.get(d.slice(0, 4)) ?? []), i]);
  });
  const spans = [...byYear.values()];
  const f5 = (idx: number[]) =>
    (idx[0] as number) > 0 && idx.length >= 5
      ? (p.large[(idx[0] as number) + 4] as number) / (p.large[(idx[0] as number) - 1] as number) - 1
      : null;
  const current = f5(spans[spans.length - 1] as number[]);
  if (current === null) return null;
  const sameSign = spans.slice(0, -1).filter((idx) => {
    const x = f5(idx);
    return x !== null && x > 0 === current > 0;
  });
  return {
    firstFive: current,
    episodes: sameSign.map((idx) => (idx[0] as number) + 4),
    years: sameSign.map((idx) => ({
      year: Number(p.dates[idx[0] as number]?.slice(0, 4)),
      fullYear: (p.large[idx[idx.length - 1] as number] as number) / (p.large[(idx[0] as number) - 1] as number) - 1,
    })),
  };
}

/** `perYear` sessions in each of `years` years from 2001, large moving by the given factors. */
function pairOf(moves: number[], perYear: number): AlignedPair {
  const dates: string[] = [];
  const large = [100];
  moves.forEach((m, i) => {
    if (i > 0) large.push((large[i - 1] as number) * (1 + 0.01 * m));
  });
  for (let i = 0; i < moves.length; i++) {
    const year = 2001 + Math.floor(i / perYear);
    const day = (i % perYear) + 1;
    dates.push(`${year}-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`);
  }
  return { dates, small: Float64Array.from(large, (x, i) => x * (1 + 0.001 * (i % 5))), large: Float64Array.from(large), price: 'close' };
}

describe('firstFiveDaysStudy', () => {
  it('is null before the fifth session of the year, and with no prior-year base', () => {
    expect(studyOf(pairOf([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 8))).toBeNull(); // 2002 has 4 sessions
    expect(studyOf(pairOf([0, 1, 1, 1, 1, 1], 8))).toBeNull(); // one year: no base
  });

  it('lists the earlier years with a start of the same sign and how each year ended', () => {
    // 2001: sessions 0-9; 2002: 10-19 (start up, year up); 2003: 20-29 (start down); 2004: 30-34 (start up).
    const moves = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    const p = pairOf(moves, 10);
    const s = studyOf(p);
    expect(s).toMatchObject({ year: 2004, positive: true, positiveYears: 1, tooFew: true });
    expect(s?.years.map((y) => y.year)).toEqual([2002]);
    expect(s?.episodes.map((e) => e.date)).toEqual([p.dates[14]]);
  });

  it('equals the brute force on random years, with consistent counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 5, maxLength: 400 }), fc.integer({ min: 6, max: 30 }), (moves, perYear) => {
        const p = pairOf(moves, perYear);
        const s = studyOf(p);
        const brute = bruteStudy(p);
        expectSameAsBrute(s, p, brute?.episodes ?? null);
        if (s === null || brute === null) return;
        expect(s.firstFive).toBeCloseTo(brute.firstFive, 12);
        expect(s.years.map((y) => y.year)).toEqual(brute.years.map((y) => y.year));
        s.years.forEach((y, i) => {
          expect(y.fullYear).toBeCloseTo(brute.years[i]?.fullYear as number, 12);
        });
        expectConsistent(s, p);
      }),
      { numRuns: 150 },
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)('firstFiveDaysStudy on real IWM/SPY', () => {
  it.each(['2026-01-09', '2026-01-12', '2025-06-30', '2022-01-07', '2009-03-09'])(
    'equals the brute force on %s (every episode date, year and outcome to 1e-12)',
    (asOf) => {
      const p = realPair(asOf);
      const s = studyOf(p);
      const brute = bruteStudy(p);
      expectSameAsBrute(s, p, brute?.episodes ?? null);
      expect(s?.years.map((y) => y.year)).toEqual(brute?.years.map((y) => y.year));
    },
  );

  it('2026: SPY up in its first five sessions; earlier positive starts listed with their years', () => {
    const s = studyOf(realPair('2026-01-09'));
    expect(s).toMatchObject({ year: 2026, positive: true });
    expect(s?.years[0]?.year).toBeGreaterThanOrEqual(2001);
    expect(s?.positiveYears).toBeLessThanOrEqual(s?.years.length as number);
  });
});
