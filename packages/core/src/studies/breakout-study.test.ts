import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdays } from '../../test/fixtures.ts';
import { HAS_SHARED_DATA } from '../../test/shared-data.ts';
import { expectConsistent, expectSameAsBrute, realPair } from '../../test/study-reference.ts';
import type { AlignedPair } from '../types.ts';
import { breakoutStudy } from './breakout-study.ts';
import { baseline, ratioSeries } from './forward.ts';

function studyOf(p: AlignedPair) {
  const ratio = ratioSeries(p.small, p.large);
  return breakoutStudy(p.small, p.dates, ratio, baseline(ratio, p.dates.length - 1));
}

/** Brute force, quadratic: a record beats every earlier close; a breakout's previous record is ≥ 252 back. */
function bruteBreakouts(prices: Float64Array): { at: number; previous: number }[] {
  const isRecord = (t: number) => t === 0 || prices.subarray(0, t).every((x) => (prices[t] as number) > x);
  const out: { at: number; previous: number }[] = [];
  let previous = 0;
  for (let t = 1; t < prices.length; t++) {
    if (!isRecord(t)) continue;
    if (t - previous >= 252) out.push({ at: t, previous });
    previous = t;
  }
  return out;
}

function bruteStudy(p: AlignedPair): { episodes: number[]; date: string; previousRecord: string } | null {
  const all = bruteBreakouts(p.small);
  const latest = all[all.length - 1];
  const last = p.dates.length - 1;
  if (!latest || last - latest.at >= 5) return null;
  return {
    episodes: all.slice(0, -1).map((b) => b.at),
    date: p.dates[latest.at] as string,
    previousRecord: p.dates[latest.previous] as string,
  };
}

/** Small climbs to a record, sags for `gap` sessions, then beats it `tail` sessions before the end. */
function pairWithBreakout(gap: number, tail: number): AlignedPair {
  const small = [100, 110];
  for (let i = 0; i < gap - 1; i++) small.push(105);
  small.push(111); // the breakout, gap sessions after the record at index 1
  for (let i = 0; i < tail; i++) small.push(111);
  return {
    dates: weekdays('2010-01-01', small.length),
    small: Float64Array.from(small),
    large: new Float64Array(small.length).fill(100),
    price: 'close',
  };
}

describe('breakoutStudy', () => {
  it('finds a first record after a year, up to 4 sessions back, with the record before it', () => {
    const p = pairWithBreakout(252, 4);
    const s = studyOf(p);
    expect(s).toMatchObject({ date: p.dates[253], previousRecord: p.dates[1], episodes: [], tooFew: true });
  });

  it('is null when the breakout is 5 sessions old, when the gap is under a year, and with no record', () => {
    expect(studyOf(pairWithBreakout(252, 5))).toBeNull();
    expect(studyOf(pairWithBreakout(251, 0))).toBeNull();
    const flat = pairWithBreakout(300, 0);
    flat.small[flat.small.length - 1] = 110; // equal to the record: a tie is not a record
    expect(studyOf(flat)).toBeNull();
  });

  it('equals the brute force on random walks long enough for breakouts, with consistent counts', () => {
    const walk = fc.array(fc.integer({ min: -4, max: 5 }), { minLength: 300, maxLength: 1500 });
    fc.assert(
      fc.property(walk, (moves) => {
        const small = [100];
        for (const k of moves) small.push((small[small.length - 1] as number) * (1 + 0.004 * k));
        const p: AlignedPair = {
          dates: weekdays('2001-01-01', small.length),
          small: Float64Array.from(small),
          large: Float64Array.from(small, (_, i) => 100 + (i % 7)),
          price: 'close',
        };
        for (const cut of [p.dates.length, p.dates.length - 3]) {
          const q = { ...p, dates: p.dates.slice(0, cut), small: p.small.slice(0, cut), large: p.large.slice(0, cut) };
          const s = studyOf(q);
          const brute = bruteStudy(q);
          expectSameAsBrute(s, q, brute?.episodes ?? null);
          if (s === null) continue;
          expect([s.date, s.previousRecord]).toEqual([brute?.date, brute?.previousRecord]);
          expectConsistent(s, q);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)('breakoutStudy on real IWM/SPY', () => {
  it('2024-11-06: IWM’s first record close since 2021-11-08, five earlier breakouts since 2000', () => {
    const s = studyOf(realPair('2024-11-08'));
    expect(s).toMatchObject({ date: '2024-11-06', previousRecord: '2021-11-08', tooFew: false });
    expect(s?.episodes.map((e) => e.date)).toEqual(['2003-10-13', '2011-02-08', '2012-09-13', '2016-11-11', '2020-11-09']);
  });

  it.each(['2024-11-06', '2024-11-12', '2020-11-13', '2016-11-11', '2026-01-12'])(
    'equals the brute force on %s (every episode date and outcome to 1e-12)',
    (asOf) => {
      const p = realPair(asOf);
      expectSameAsBrute(studyOf(p), p, bruteStudy(p)?.episodes ?? null);
    },
  );
});
