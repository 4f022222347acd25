import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdays } from '../../test/fixtures.ts';
import { HAS_SHARED_DATA } from '../../test/shared-data.ts';
import { expectConsistent, expectSameAsBrute, pairArb, realPair } from '../../test/study-reference.ts';
import { alignSeries } from '../align.ts';
import { rsi } from '../metrics/rsi.ts';
import type { AlignedPair } from '../types.ts';
import { baseline, ratioSeries } from './forward.ts';
import { rsiStudy } from './rsi-study.ts';

const LEVELS = { overbought: 70, oversold: 30 };

function studyOf(p: AlignedPair, values = rsi(p.small, 14), period = 14) {
  const ratio = ratioSeries(p.small, p.large);
  return rsiStudy(values, period, p.dates, ratio, baseline(ratio, p.dates.length - 1), LEVELS);
}

/**
 * Brute force over the RSI values: every crossing into the zone before the current spell, then the
 * 21-session gap applied in order. Returns price indices.
 */
function bruteEpisodes(values: Float64Array, period: number): { side: string; at: number[] } | null {
  const now = values[values.length - 1];
  if (now === undefined) return null;
  const side = now >= 70 ? 'overbought' : now <= 30 ? 'oversold' : null;
  if (side === null) return null;
  const inZone = (x: number) => (side === 'overbought' ? x >= 70 : x <= 30);
  const all = Array.from(values);
  const spellStart = all.length - [...all].reverse().findIndex((x) => !inZone(x));
  const crossings = all
    .map((x, i) => (i > 0 && i < Math.min(spellStart, all.length) && inZone(x) && !inZone(all[i - 1] as number) ? i : -1))
    .filter((i) => i > 0);
  const at: number[] = [];
  for (const i of crossings) {
    const t = i + period;
    if (at.length === 0 || t - (at[at.length - 1] as number) >= 21) at.push(t);
  }
  return { side, at };
}

/** A pair of `n` flat-ratio sessions (small = large) so that outcomes are all 0, for hand-made RSI paths. */
const flatPair = (n: number): AlignedPair => ({
  dates: weekdays('2020-01-01', n),
  small: new Float64Array(n).fill(100),
  large: new Float64Array(n).fill(100),
  price: 'close',
});

describe('rsiStudy', () => {
  it('counts crossings into the zone ≥ 21 sessions apart, excluding the current spell', () => {
    // RSI path (period 1 so value i ↔ price i + 1): crosses 70 at 2, again at 10 (too close), at 40, and
    // the current spell starts at 70.
    const values = new Float64Array(80).fill(50);
    for (const [from, to] of [
      [2, 4],
      [10, 11],
      [40, 45],
      [70, 79],
    ] as const)
      values.fill(75, from, to + 1);
    const p = flatPair(81);
    const s = studyOf(p, values, 1);
    expect(s).toMatchObject({ side: 'overbought', level: 70, rsi: 75 });
    expect(s?.episodes.map((e) => e.date)).toEqual([p.dates[3], p.dates[41]]);
    expect(s?.episodes[0]?.forward).toEqual({ '1W': 0, '1M': 0, '3M': 0, '6M': null });
    expect(s?.horizons['1W']).toMatchObject({ n: 2, wins: 0, median: 0 });
  });

  it('treats a value exactly at the level as in the zone (ties), oversold alike', () => {
    const values = new Float64Array(40).fill(50);
    values[5] = 30;
    values[39] = 30;
    const p = flatPair(41);
    const s = studyOf(p, values, 1);
    expect(s?.side).toBe('oversold');
    expect(s?.episodes.map((e) => e.date)).toEqual([p.dates[6]]);
  });

  it('is null between the levels and without an RSI; no episode when the zone was never entered before', () => {
    expect(studyOf(flatPair(30), new Float64Array(29).fill(50), 1)).toBeNull();
    expect(studyOf(flatPair(10))).toBeNull(); // ≤ 14 sessions: no RSI
    const s = studyOf(flatPair(10), new Float64Array(9).fill(80), 1);
    expect(s?.episodes).toEqual([]);
    expect(s?.tooFew).toBe(true);
  });

  it('equals the brute force on random pairs, with consistent counts', () => {
    fc.assert(
      fc.property(pairArb(16), ({ small, large }) => {
        const p = alignSeries(small, large);
        const s = studyOf(p);
        const brute = bruteEpisodes(rsi(p.small, 14), 14);
        expectSameAsBrute(s, p, brute?.at ?? null);
        if (s === null) return;
        expect(s.side).toBe(brute?.side);
        expectConsistent(s, p);
      }),
      { numRuns: 150 },
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)('rsiStudy on real IWM/SPY', () => {
  it.each(['2026-01-22', '2025-04-08', '2020-03-16', '2013-05-21', '2026-01-12'])(
    'equals the brute force on %s (every episode date and outcome to 1e-12)',
    (asOf) => {
      const p = realPair(asOf);
      expectSameAsBrute(studyOf(p), p, bruteEpisodes(rsi(p.small, 14), 14)?.at ?? null);
    },
  );

  it('2026-01-22 (RSI 72): overbought, with enough earlier episodes for a rate; 2025-04-08 oversold', () => {
    expect(studyOf(realPair('2026-01-22'))).toMatchObject({ side: 'overbought', tooFew: false });
    expect(studyOf(realPair('2025-04-08'))?.side).toBe('oversold');
  });
});
