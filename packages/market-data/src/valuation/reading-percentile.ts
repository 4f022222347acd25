/**
 * Where a reading's discount sits among the readings of the same pair and basis ("14th percentile of
 * 212"). The history is every precise reading (approximate ones are other universes or rounded) of that
 * pair and basis dated on or before the reading, the reading itself included once; the percentile is
 * core's mid-rank `discountPercentile`. Invariant: a reading never sees readings from its future.
 */
import { discountPercentile } from '@rotation-lens/core';
import type { ValuationReading } from '../types.ts';
import { readingDiscount } from './discount.ts';
import { readingPairKey } from './pair.ts';

export interface ReadingPercentile {
  /** 0–100, mid-rank for ties. */
  percentile: number;
  /** Readings in the history, the reading itself included. */
  count: number;
}

/** The history `reading` is ranked in: same pair and basis, precise, dated ≤ its date, one per id. */
export function comparableHistory(reading: ValuationReading, readings: readonly ValuationReading[]): ValuationReading[] {
  const key = readingPairKey(reading);
  const byId = new Map<string, ValuationReading>([[reading.id, reading]]);
  for (const r of readings) {
    if (r.id === reading.id || r.approximate || r.basis !== reading.basis || r.date > reading.date) continue;
    if (readingPairKey(r) === key) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** The reading's percentile within its history, or null when its discount is undefined. */
export function readingPercentile(reading: ValuationReading, readings: readonly ValuationReading[]): ReadingPercentile | null {
  const current = readingDiscount(reading);
  if (current === null) return null;
  const values = comparableHistory(reading, readings)
    .map(readingDiscount)
    .filter((d): d is number => d !== null);
  const percentile = discountPercentile(current, values);
  return percentile === null ? null : { percentile, count: values.length };
}
