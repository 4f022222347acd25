/**
 * "First five days" of a (large) index. For a year Y with a base (last session before Y) and at least
 * five sessions: first-five return = P[5th session of Y] / P[base] − 1; full-year return =
 * P[last session of Y] / P[base] − 1. The year of the last date is the current year (its first-five
 * return is null until five sessions have passed); every earlier year with a base and five sessions
 * is complete history. Statistics: how many positive starts, how many of those ended the year positive,
 * the hit rate, and the average full-year return after a positive start. One pass, O(n).
 */
import { checkPrices, checkSameLength } from '../checks.ts';
import { yearOf } from '../dates.ts';

export interface FirstFiveDaysResult {
  /** Year of the last date. */
  year: number;
  /** First-five-sessions return of `year`; null before its fifth session or without a prior-year base. */
  firstFive: number | null;
  history: {
    /** Complete years counted, and the first and last of them (null when none). */
    years: number;
    from: number | null;
    to: number | null;
    positiveStarts: number;
    /** Positive starts whose full year was positive too. */
    positiveYears: number;
    /** positiveYears / positiveStarts; null without a positive start. */
    hitRate: number | null;
    /** Mean full-year return after a positive start; null without one. */
    averageYearAfterPositive: number | null;
  };
}

export interface YearSpan {
  year: number;
  start: number;
  end: number;
}

/** Maximal runs of sessions in the same calendar year, in order (any date order: a year change starts a span). */
export function yearSpans(dates: string[]): YearSpan[] {
  const spans: YearSpan[] = [];
  for (let i = 0; i < dates.length; i++) {
    const y = yearOf(dates[i] as string);
    const last = spans[spans.length - 1];
    if (last !== undefined && last.year === y) last.end = i;
    else spans.push({ year: y, start: i, end: i });
  }
  return spans;
}

/**
 * yearSpans for ascending dates (as alignSeries returns them), in O(years · log n): each year's span ends
 * before the first date ≥ 1 January of the next year, found by binary search instead of reading every date.
 */
export function ascendingYearSpans(dates: string[]): YearSpan[] {
  const n = dates.length;
  const spans: YearSpan[] = [];
  let start = 0;
  while (start < n) {
    const year = yearOf(dates[start] as string);
    // Year 9999 has no next year to search for: it runs to the end.
    const next = `${String(year + 1).padStart(4, '0')}-01-01`;
    let lo = start + 1;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (year === 9999 || (dates[mid] as string) < next) lo = mid + 1;
      else hi = mid;
    }
    spans.push({ year, start, end: lo - 1 });
    start = lo;
  }
  return spans;
}

export function firstFiveDays(prices: ArrayLike<number>, dates: string[]): FirstFiveDaysResult {
  checkPrices(prices);
  checkSameLength('firstFiveDays(prices, dates)', prices, dates);
  const spans = yearSpans(dates);
  const firstFiveOf = (s: YearSpan): number | null =>
    s.start > 0 && s.end - s.start >= 4 ? (prices[s.start + 4] as number) / (prices[s.start - 1] as number) - 1 : null;

  let years = 0;
  let from: number | null = null;
  let to: number | null = null;
  let positiveStarts = 0;
  let positiveYears = 0;
  let sumAfterPositive = 0;
  for (const span of spans.slice(0, -1)) {
    const f5 = firstFiveOf(span);
    if (f5 === null) continue;
    years++;
    from ??= span.year;
    to = span.year;
    if (f5 <= 0) continue;
    const full = (prices[span.end] as number) / (prices[span.start - 1] as number) - 1;
    positiveStarts++;
    sumAfterPositive += full;
    if (full > 0) positiveYears++;
  }
  const current = spans[spans.length - 1] as YearSpan;
  return {
    year: current.year,
    firstFive: firstFiveOf(current),
    history: {
      years,
      from,
      to,
      positiveStarts,
      positiveYears,
      hitRate: positiveStarts === 0 ? null : positiveYears / positiveStarts,
      averageYearAfterPositive: positiveStarts === 0 ? null : sumAfterPositive / positiveStarts,
    },
  };
}
