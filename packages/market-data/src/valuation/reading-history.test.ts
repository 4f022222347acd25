import { describe, expect, it } from 'vitest';
import { testReading } from '../test/reading.ts';
import { addReadings, liveFetchDue } from './reading-history.ts';

const r = (id: string, date: string, peSmall = 18) => testReading(id, date, peSmall);

describe('addReadings', () => {
  it('grows the history, one reading per id (the fresh one wins), ascending by date', () => {
    const h = addReadings([r('b', '2026-12-03'), r('a', '2026-12-02')], [r('b', '2026-12-03', 19), r('c', '2026-12-04')]);
    expect(h.map((x) => [x.id, x.peSmall])).toEqual([
      ['a', 18],
      ['b', 19],
      ['c', 18],
    ]);
  });

  it('drops the oldest beyond the cap', () => {
    expect(addReadings([r('a', '2026-01-01'), r('b', '2026-01-02')], [r('c', '2026-01-03')], 2).map((x) => x.id)).toEqual(['b', 'c']);
  });
});

describe('liveFetchDue: at most once per session, after its close', () => {
  // Friday 2026-12-04 closes 21:00 UTC (16:00 New York, EST).
  it('never tried → due', () => {
    expect(liveFetchDue(null, new Date('2026-12-04T22:00:00Z'))).toBe(true);
  });
  it('tried after Friday close → not due again until Monday close', () => {
    const tried = '2026-12-04T21:30:00Z';
    expect(liveFetchDue(tried, new Date('2026-12-05T12:00:00Z'))).toBe(false);
    expect(liveFetchDue(tried, new Date('2026-12-07T20:59:00Z'))).toBe(false);
    expect(liveFetchDue(tried, new Date('2026-12-07T21:00:00Z'))).toBe(true);
  });
  it('tried during Friday session → due after its close', () => {
    expect(liveFetchDue('2026-12-04T18:00:00Z', new Date('2026-12-04T20:00:00Z'))).toBe(false);
    expect(liveFetchDue('2026-12-04T18:00:00Z', new Date('2026-12-04T21:01:00Z'))).toBe(true);
  });
  it('an unreadable stamp → due', () => {
    expect(liveFetchDue('yesterday', new Date('2026-12-04T22:00:00Z'))).toBe(true);
  });
});
