import { describe, expect, it } from 'vitest';
import type { ValuationReading } from '../types.ts';
import { latestReading, mergeReadings } from './select-readings.ts';
import { SHIPPED_READINGS } from './shipped-readings.ts';

const reading = (id: string, date: string, extra: Partial<ValuationReading> = {}): ValuationReading => ({
  id,
  date,
  smallIndex: 'S&P 600',
  largeIndex: 'S&P 500',
  peSmall: 15,
  peLarge: 20,
  basis: 'forward',
  source: 'test',
  shipped: true,
  ...extra,
});

describe('latestReading', () => {
  const rs = [reading('a', '2025-06-30'), reading('b', '2026-01-01'), reading('c', '2026-03-01', { approximate: true })];

  it('most recent precise reading; approximate only on request', () => {
    expect(latestReading(rs)?.id).toBe('b');
    expect(latestReading(rs, { includeApproximate: true })?.id).toBe('c');
  });

  it('respects asOf (bars on screen from before a reading must not see it)', () => {
    expect(latestReading(rs, { asOf: '2025-12-31' })?.id).toBe('a');
    expect(latestReading(rs, { asOf: '2026-01-01' })?.id).toBe('b');
    expect(latestReading(rs, { asOf: '2020-01-01' })).toBeNull();
    expect(latestReading([])).toBeNull();
  });

  it("on the same date the user's reading beats a shipped one, whatever the order", () => {
    const mine = reading('mine', '2026-01-01', { shipped: false });
    expect(latestReading([mine, rs[1]!])?.id).toBe('mine');
    expect(latestReading([rs[1]!, mine])?.id).toBe('mine');
  });

  it('with the shipped snapshot: the precise 15.6x vs 22.6x reading', () => {
    expect(latestReading(SHIPPED_READINGS)?.peSmall).toBe(15.6);
    expect(latestReading(SHIPPED_READINGS, { asOf: '2025-12-31' })).toBeNull();
  });
});

describe('mergeReadings', () => {
  it('union by id, user wins a clash (and is marked not shipped), sorted by date', () => {
    const shipped = [reading('s1', '2026-01-01'), reading('s2', '2025-01-01')];
    const user = [reading('s1', '2026-01-01', { peSmall: 14, shipped: true }), reading('u1', '2025-06-01', { shipped: false })];
    const merged = mergeReadings(shipped, user);
    expect(merged.map((r) => r.id)).toEqual(['s2', 'u1', 's1']);
    expect(merged[2]).toMatchObject({ id: 's1', peSmall: 14, shipped: false });
    expect(shipped[0]!.peSmall).toBe(15); // inputs untouched
  });

  it('user readings on the shipped date follow the shipped ones', () => {
    const merged = mergeReadings(SHIPPED_READINGS, [reading('u', '2026-01-01', { shipped: false })]);
    expect(merged.at(-1)?.id).toBe('u');
    expect(latestReading(merged)?.id).toBe('u');
  });
});
