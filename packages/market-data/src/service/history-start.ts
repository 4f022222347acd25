import { ymd } from '../calendar/day-math.ts';

/** First date of a full fetch: `years` calendar years before `end` ('YYYY-MM-DD'); Feb 29 rolls to Mar 1. */
export function historyStart(end: string, years: number): string {
  if (!(years > 0)) throw new RangeError(`history years must be > 0, got ${years}`);
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  return ymd(y - Math.ceil(years), m, d);
}
