/**
 * The final gate every provider's bars pass through: a valibot schema for DailyBar and a normaliser
 * that returns bars ascending, one per date, each with a finite positive close inside [from, to].
 */
import { isIsoDate } from '@rotation-lens/core';
import * as v from 'valibot';
import type { ErrorContext } from '../providers/error-context.ts';
import type { DailyBar } from '../types.ts';

const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

export const IsoDateSchema = v.pipe(v.string(), v.check((date: string) => isIsoDate(date), 'not a YYYY-MM-DD date'));

export const DailyBarSchema = v.object({
  date: IsoDateSchema,
  open: v.optional(positive),
  high: v.optional(positive),
  low: v.optional(positive),
  close: positive,
  adjClose: v.optional(positive),
  volume: v.optional(nonNegative),
});

/** Describes the first valibot issue as 'path: message' for a BadResponse detail. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = v.getDotPath(first);
  return `${path ? `${path}: ` : ''}${first.message}`;
}

/** Validates `data` against `schema` or throws BadResponse naming the first issue. */
export function parseWith<TSchema extends v.GenericSchema>(
  schema: TSchema,
  data: unknown,
  ctx: ErrorContext,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, data);
  if (!result.success) throw ctx.bad(describeIssues(result.issues));
  return result.output;
}

/** A candidate bar: numbers may be missing or junk; they are filtered here. */
export interface RawBar {
  date: string;
  open?: number | null | undefined;
  high?: number | null | undefined;
  low?: number | null | undefined;
  close?: number | null | undefined;
  adjClose?: number | null | undefined;
  volume?: number | null | undefined;
}

const finitePositive = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x > 0;

/**
 * Drops bars without a finite positive close and optional fields that are not finite positive
 * (volume: finite ≥ 0); sorts ascending; keeps the LAST bar seen for a duplicated date (providers append
 * corrections); keeps only [from, to]; then validates every bar with DailyBarSchema.
 */
export function normaliseBars(raw: readonly RawBar[], ctx: ErrorContext, from?: string, to?: string): DailyBar[] {
  const byDate = new Map<string, DailyBar>();
  for (const r of raw) {
    if (!finitePositive(r.close)) continue;
    if (from !== undefined && r.date < from) continue;
    if (to !== undefined && r.date > to) continue;
    const bar: DailyBar = { date: r.date, close: r.close };
    if (finitePositive(r.open)) bar.open = r.open;
    if (finitePositive(r.high)) bar.high = r.high;
    if (finitePositive(r.low)) bar.low = r.low;
    if (finitePositive(r.adjClose)) bar.adjClose = r.adjClose;
    if (typeof r.volume === 'number' && Number.isFinite(r.volume) && r.volume >= 0) bar.volume = r.volume;
    byDate.set(r.date, bar);
  }
  const bars = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return parseWith(v.array(DailyBarSchema), bars, ctx);
}
