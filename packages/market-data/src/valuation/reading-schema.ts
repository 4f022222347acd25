import { isIsoDate } from '@rotation-lens/core';
import * as v from 'valibot';
import type { ValuationReading } from '../types.ts';

/**
 * Validation of a reading the user adds (options page, CLI file). Output is always `shipped: false`.
 * P/Es must be finite and positive (a P/E of 0 or below has no discount meaning) and below 1000.
 */
const pe = v.pipe(v.number('P/E must be a number'), v.finite('P/E must be finite'), v.gtValue(0, 'P/E must be > 0'), v.ltValue(1000, 'P/E must be < 1000'));
const growth = v.pipe(v.number(), v.finite(), v.gtValue(-1, 'growth must be > -100%'), v.ltValue(10, 'growth must be < 1000%'));
const growthRange = v.pipe(
  v.object({ low: growth, high: growth }),
  v.check((r) => r.low <= r.high, 'low must not exceed high'),
);
const label = v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(80));

export const UserReadingSchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.minLength(1, 'an id is required'), v.maxLength(80)),
  date: v.pipe(v.string(), v.check((date: string) => isIsoDate(date), 'date must be YYYY-MM-DD')),
  smallIndex: label,
  largeIndex: label,
  peSmall: pe,
  peLarge: pe,
  basis: v.picklist(['forward', 'trailing'], "basis must be 'forward' or 'trailing'"),
  source: v.pipe(v.string(), v.trim(), v.minLength(1, 'a source is required'), v.maxLength(200)),
  url: v.optional(v.pipe(v.string(), v.url('url must be a URL'), v.regex(/^https?:\/\//i, 'url must be http(s)'))),
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
  discount: v.optional(v.pipe(v.number(), v.finite(), v.gtValue(-10), v.ltValue(1))),
  approximate: v.optional(v.boolean()),
  shipped: v.optional(v.boolean()),
  earningsGrowth: v.optional(
    v.object({
      small: growthRange,
      large: v.optional(growthRange),
      source: v.pipe(v.string(), v.trim(), v.minLength(1, 'a source is required'), v.maxLength(200)),
    }),
  ),
});

export type ParsedReading = { ok: true; reading: ValuationReading } | { ok: false; issues: string[] };

/** Validates unknown input as a user reading; on failure lists readable issues ("peSmall: P/E must be > 0"). */
export function parseUserReading(input: unknown): ParsedReading {
  const result = v.safeParse(UserReadingSchema, input);
  if (!result.success) {
    return { ok: false, issues: result.issues.map((i) => `${v.getDotPath(i) ?? 'reading'}: ${i.message}`) };
  }
  return { ok: true, reading: { ...result.output, shipped: false } };
}
