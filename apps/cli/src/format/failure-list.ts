/**
 * How many failed symbols a scan names one by one, on stderr and under its table. A watchlist of 10,000
 * unknown symbols must not print 10,000 lines (936 KB): the first LISTED_FAILURES are named, then one line
 * counts the rest; `--json` still has every row with its error.
 */
export const LISTED_FAILURES = 20;

export function capFailures<T>(failed: T[]): { shown: T[]; more: number } {
  return { shown: failed.slice(0, LISTED_FAILURES), more: Math.max(0, failed.length - LISTED_FAILURES) };
}

export const moreFailedLine = (more: number): string => `… and ${more} more symbol${more === 1 ? '' : 's'} failed (--json lists every one)`;
