/**
 * Brute-force references for the "what followed" studies: forward outcomes recomputed from the two
 * price series (not from a shared ratio array), statistics by sorting, and random pairs for
 * fast-check. Each study's test supplies its own brute-force episode search.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { alignSeries } from '../src/align.ts';
import type { StudyOutcomes } from '../src/studies/types.ts';
import type { AlignedPair, Bar } from '../src/types.ts';
import { weekdays } from './fixtures.ts';
import { loadLong } from './shared-data.ts';

const HORIZONS = [
  ['1W', 5],
  ['1M', 21],
  ['3M', 63],
  ['6M', 126],
] as const;

export function bruteForward(p: AlignedPair, t: number): Record<string, number | null> {
  const last = p.dates.length - 1;
  const out: Record<string, number | null> = {};
  for (const [k, h] of HORIZONS) {
    out[k] =
      t + h <= last
        ? (p.small[t + h] as number) / (p.large[t + h] as number) / ((p.small[t] as number) / (p.large[t] as number)) - 1
        : null;
  }
  return out;
}

function sortedMedian(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const close = (a: number | null, b: number | null): void => {
  if (a === null || b === null) expect(a).toBe(b);
  else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12);
};

/** Every episode date and outcome, every statistic and the baseline equal the brute force (1e-12). */
export function expectStudyMatches(study: StudyOutcomes, p: AlignedPair, episodeIndices: number[]): void {
  expect(study.episodes.map((e) => e.date)).toEqual(episodeIndices.map((t) => p.dates[t]));
  const forwards = episodeIndices.map((t) => bruteForward(p, t));
  study.episodes.forEach((e, i) => {
    for (const [k] of HORIZONS) close(e.forward[k], forwards[i]?.[k] ?? null);
  });
  const last = p.dates.length - 1;
  for (const [k, h] of HORIZONS) {
    const xs = forwards.map((f) => f[k]).filter((x): x is number => x !== null);
    const st = study.horizons[k];
    expect(st.n).toBe(xs.length);
    expect(st.wins).toBe(xs.filter((x) => x > 0).length);
    close(st.median, sortedMedian(xs));
    close(st.mean, xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    close(st.min, xs.length ? Math.min(...xs) : null);
    close(st.max, xs.length ? Math.max(...xs) : null);
    const all: number[] = [];
    for (let t = 0; t + h <= last; t++) all.push(bruteForward(p, t)[k] as number);
    expect(study.baseline[k].n).toBe(all.length);
    expect(study.baseline[k].wins).toBe(all.filter((x) => x > 0).length);
    close(study.baseline[k].median, sortedMedian(all));
  }
  expect(study.tooFew).toBe(episodeIndices.length < 5);
}

/** Episodes are sessions of the pair, strictly before asOf, in order; counts agree with each other. */
export function expectConsistent(study: StudyOutcomes, p: AlignedPair): void {
  const index = new Map(p.dates.map((d, i) => [d, i]));
  const last = p.dates.length - 1;
  let previous = -1;
  for (const e of study.episodes) {
    const t = index.get(e.date);
    expect(t).toBeDefined();
    expect(t as number).toBeGreaterThan(previous);
    expect(t as number).toBeLessThan(last);
    previous = t as number;
  }
  for (const [k, h] of HORIZONS) {
    const withHorizon = study.episodes.filter((e) => e.forward[k] !== null);
    expect(study.horizons[k].n).toBe(withHorizon.length);
    expect(study.horizons[k].wins).toBeLessThanOrEqual(study.horizons[k].n);
    expect(study.baseline[k].n).toBe(Math.max(0, last - h + 1));
    // Outcomes exist exactly for episodes at least h sessions before asOf.
    for (const e of study.episodes) expect(e.forward[k] !== null).toBe((index.get(e.date) as number) + h <= last);
  }
}

/**
 * Random small/large bar pairs, 2–420 sessions: each session moves each side by k × 0.6 % with
 * k ∈ −3..3, so exact ties (both flat) and long runs both occur.
 */
export const pairArb = (minLength = 2, maxLength = 420): fc.Arbitrary<{ small: Bar[]; large: Bar[] }> =>
  fc
    .array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), {
      minLength: minLength - 1,
      maxLength: maxLength - 1,
    })
    .map((moves) => {
      const dates = weekdays('2001-01-01', moves.length + 1);
      const small: Bar[] = [{ date: dates[0] as string, close: 100 }];
      const large: Bar[] = [{ date: dates[0] as string, close: 100 }];
      moves.forEach(([a, b], i) => {
        small.push({ date: dates[i + 1] as string, close: (small[i] as Bar).close * (1 + 0.006 * a) });
        large.push({ date: dates[i + 1] as string, close: (large[i] as Bar).close * (1 + 0.006 * b) });
      });
      return { small, large };
    });

/** Study and brute force agree: both null, or every episode date, outcome and statistic to 1e-12. */
export function expectSameAsBrute(study: StudyOutcomes | null, p: AlignedPair, brute: number[] | null): void {
  expect(study === null).toBe(brute === null);
  if (study !== null && brute !== null) expectStudyMatches(study, p, brute);
}

let realBars: { iwm: Bar[]; spy: Bar[] } | undefined;
/** Real IWM/SPY from ../shared/data/long aligned up to `asOf` (callers skip when the data is absent). */
export function realPair(asOf: string): AlignedPair {
  realBars ??= { iwm: loadLong('IWM'), spy: loadLong('SPY') };
  return alignSeries(realBars.iwm, realBars.spy, { asOf });
}
