/**
 * First-five-days study, on the large index (the `firstFiveDays` metric, shown with its history).
 * Active from the fifth session of the asOf year on (with a base: the last session of the year before).
 * The sign of this year's first-five return (positive: > 0, else negative) picks the setup; episodes
 * are the earlier complete years with a start of the same sign, dated at their fifth session, with the
 * ratio's forward outcomes like every study. `years` lists them with the full-year return of the large
 * index; `positiveYears` counts those that ended the year up.
 */
import { ascendingYearSpans } from '../metrics/first-five-days.ts';
import { episodeAt, summarize } from './forward.ts';
import type { Baseline, Episode, FirstFiveDaysStudy, FirstFiveYear } from './types.ts';



export function firstFiveDaysStudy(
  large: ArrayLike<number>,
  dates: string[],
  ratio: Float64Array,
  base: Baseline,
): FirstFiveDaysStudy | null {
  const spans = ascendingYearSpans(dates);
  const current = spans[spans.length - 1];
  const qualifies = (s: { start: number; end: number }): boolean => s.start > 0 && s.end - s.start >= 4;
  if (current === undefined || !qualifies(current)) return null;
  const p = (i: number): number => large[i] as number;
  const firstFive = p(current.start + 4) / p(current.start - 1) - 1;
  const positive = firstFive > 0;
  const last = dates.length - 1;
  const years: FirstFiveYear[] = [];
  const episodes: Episode[] = [];
  for (const s of spans.slice(0, -1)) {
    if (!qualifies(s)) continue;
    const f5 = p(s.start + 4) / p(s.start - 1) - 1;
    if (f5 > 0 !== positive) continue;
    years.push({ year: s.year, firstFive: f5, fullYear: p(s.end) / p(s.start - 1) - 1 });
    episodes.push(episodeAt(ratio, dates, s.start + 4, last));
  }
  const positiveYears = years.filter((y) => y.fullYear > 0).length;
  return { year: current.year, firstFive, positive, years, positiveYears, ...summarize(episodes, base) };
}
