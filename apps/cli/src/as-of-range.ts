import { earliestDate, latestDate } from './date-order.ts';
import { CliError } from './errors.ts';
import type { LoadedSeries } from './io/series-source.ts';

/**
 * Checks --as-of against the data before core runs, so the message names both ends of the range:
 * before the first common date or after the last one is "outside the data" (exit 1).
 * A date inside the range that is not a session (weekend, holiday) is fine: core uses the session before it.
 */
export function checkAsOf(asOf: string | undefined, ...series: LoadedSeries[]): void {
  if (asOf === undefined) return;
  const first = latestDate(series.map((s) => s.bars[0]!.date));
  const last = earliestDate(series.map((s) => s.bars.at(-1)!.date));
  const names = series.map((s) => s.symbol).join(' and ');
  if (asOf < first || asOf > last) {
    throw new CliError(`--as-of ${asOf} is outside the data: ${names} have prices from ${first} to ${last}`);
  }
}
