/**
 * A digest of computeReport's output over many as-of dates: SHA-256 of the reports' JSON with −0, NaN
 * and ±Infinity spelled out (JSON would print them as 0 and null), so any changed bit of any number, date
 * or error message changes it. The as-of dates are every 199th common session plus fixed dates of the
 * README (the January 2026 streak, the November 2024 breakout, the last common date).
 */
import { createHash } from 'node:crypto';
import type { Bar, ReportOptions, RotationReport } from '../src/types.ts';
import { barsOf, randomWalk } from './fixtures.ts';

type Compute = (
  small: { symbol: string; bars: Bar[] },
  large: { symbol: string; bars: Bar[] },
  opts?: ReportOptions,
) => RotationReport;

/** The option sets digested: defaults, chart series with a short window, closes without studies, tight RSI levels. */
export const DIGEST_OPTIONS: Record<string, ReportOptions> = {
  defaults: {},
  series: { seriesLength: 250, window: 63 },
  plain: { analogs: false, price: 'close' },
  rsiLevels: { thresholds: { rsiOverbought: 55, rsiOversold: 45 } },
};

const spelled = (_key: string, v: unknown): unknown =>
  typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v)) ? `#${Object.is(v, -0) ? '-0' : String(v)}` : v;

export function reportDigest(
  compute: Compute,
  small: { symbol: string; bars: Bar[] },
  large: { symbol: string; bars: Bar[] },
  commonDates: string[],
  opts: ReportOptions,
): string {
  const asOfs = new Set(['2024-11-06', '2026-01-12', '2026-01-22', commonDates[commonDates.length - 1] as string]);
  for (let i = 3; i < commonDates.length; i += 199) asOfs.add(commonDates[i] as string);
  const hash = createHash('sha256');
  for (const asOf of asOfs) {
    let text: string;
    try {
      text = JSON.stringify(compute(small, large, { ...opts, asOf }), spelled);
    } catch (e) {
      text = `error ${(e as Error).message}`;
    }
    hash.update(`${asOf}\n${text}\n`);
  }
  return hash.digest('hex');
}

/**
 * A synthetic pair that needs no shared data: 3,000 sessions of a volatile small walk with every 17th
 * session missing (the merge join skips), against a large walk rounded to cents (ties: tied sessions,
 * flat RSI moves, repeated records).
 */
export function syntheticPair(): { small: Bar[]; large: Bar[] } {
  const small = barsOf(randomWalk(3000, 7, 50, 0.015), '2012-01-02').filter((_, i) => i % 17 !== 5);
  const large = barsOf(randomWalk(3200, 8, 100, 0.01).map((p) => Math.round(p * 100) / 100), '2011-11-01');
  return { small, large };
}
