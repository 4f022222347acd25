import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdays } from '../../test/fixtures.ts';
import { HAS_SHARED_DATA } from '../../test/shared-data.ts';
import { expectConsistent, expectSameAsBrute, pairArb, realPair } from '../../test/study-reference.ts';
import { alignSeries } from '../align.ts';
import { streak } from '../metrics/streak.ts';
import type { AlignedPair, Bar } from '../types.ts';
import { baseline, ratioSeries } from './forward.ts';
import { streakStudy } from './streak-study.ts';

const study = (p: AlignedPair) => {
  const ratio = ratioSeries(p.small, p.large);
  return streakStudy(p, streak(p), ratio, baseline(ratio, p.dates.length - 1));
};

/** Brute force: list every maximal run of wins / losses, then take the earlier long-enough ones. */
function bruteEpisodes(p: AlignedPair): number[] | null {
  const sign = (i: number) => {
    const rs = (p.small[i] as number) / (p.small[i - 1] as number) - 1;
    const rl = (p.large[i] as number) / (p.large[i - 1] as number) - 1;
    return Math.sign(rs - rl);
  };
  const runs: { dir: number; start: number; end: number }[] = [];
  for (let i = 1; i < p.dates.length; i++) {
    const s = sign(i);
    const lastRun = runs[runs.length - 1];
    if (s === 0) continue;
    if (lastRun && lastRun.dir === s && lastRun.end === i - 1) lastRun.end = i;
    else runs.push({ dir: s, start: i, end: i });
  }
  const current = runs[runs.length - 1];
  if (!current || current.end !== p.dates.length - 1) return null;
  const length = current.end - current.start + 1;
  if (length < 2) return null;
  return runs
    .slice(0, -1)
    .filter((r) => r.dir === current.dir && r.end - r.start + 1 >= length)
    .map((r) => r.start + length - 1);
}

const pairOf = (small: number[], large: number[]): AlignedPair => ({
  dates: weekdays('2020-01-01', small.length),
  small: Float64Array.from(small),
  large: Float64Array.from(large),
  price: 'close',
});

describe('streakStudy', () => {
  it('dates each earlier run once, where it reached the current length; the current run is excluded', () => {
    // signs: + + + − + + (tie) + + +  … current run +3 at the end.
    const small = [100, 101, 102, 103, 102, 103, 104, 104, 105, 106, 107];
    const p = pairOf(small, small.map(() => 100));
    const s = study(p);
    expect(s).toMatchObject({ direction: 1, length: 3, startedOn: p.dates[8], tooFew: true });
    // The first run (+3) reached 3 at index 3; the +2 run never did; the tie ended a run.
    expect(s?.episodes.map((e) => e.date)).toEqual([p.dates[3]]);
    expect(s?.episodes[0]?.forward['1W']).toBeCloseTo(105 / 103 - 1, 12);
    expect(s?.episodes[0]?.forward['1M']).toBeNull(); // history shorter than the horizon
    expect(s?.horizons['1M']).toEqual({ n: 0, wins: 0, median: null, mean: null, min: null, max: null });
  });

  it('is null without a streak of at least 2 (a tie at asOf, or one session)', () => {
    expect(study(pairOf([100, 101, 101], [100, 100, 100]))).toBeNull();
    expect(study(pairOf([100, 101, 102, 101], [100, 100, 100, 100]))).toBeNull();
    expect(study(pairOf([100], [100]))).toBeNull();
  });

  it('has no episode when the current run is the longest; says too few', () => {
    const s = study(pairOf([100, 99, 100, 101, 102], [100, 100, 100, 100, 100]));
    expect(s?.episodes).toEqual([]);
    expect(s?.tooFew).toBe(true);
  });

  it('equals the brute force on random pairs, with consistent counts', () => {
    fc.assert(
      fc.property(pairArb(), ({ small, large }: { small: Bar[]; large: Bar[] }) => {
        const p = alignSeries(small, large);
        const s = study(p);
        expectSameAsBrute(s, p, bruteEpisodes(p));
        if (s !== null) expectConsistent(s, p);
      }),
      { numRuns: 150 },
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)('streakStudy on real IWM/SPY', () => {
  it('2026-01-12: 7 sessions running, 24 earlier episodes, 8 led 3 months later (median −1.0%)', () => {
    const s = study(realPair('2026-01-12'));
    expect(s).toMatchObject({ direction: 1, length: 7, startedOn: '2026-01-02', tooFew: false });
    expect(s?.episodes).toHaveLength(24);
    expect(s?.horizons['3M']).toMatchObject({ n: 24, wins: 8 });
    expect(s?.horizons['3M'].median).toBeCloseTo(-0.01, 3);
    const b = s?.baseline['3M'];
    expect(Math.round((100 * (b?.wins as number)) / (b?.n as number))).toBe(49);
    expect(b?.median).toBeCloseTo(-0.0015, 4);
  });

  it.each(['2026-01-12', '2026-01-22', '2020-11-30', '2008-06-06', '2003-04-17'])(
    'equals the brute force on %s (every episode date and outcome to 1e-12)',
    (asOf) => {
      const p = realPair(asOf);
      expectSameAsBrute(study(p), p, bruteEpisodes(p));
    },
  );
});
