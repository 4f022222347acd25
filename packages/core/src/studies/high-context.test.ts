import { describe, expect, it } from 'vitest';
import { weekdays } from '../../test/fixtures.ts';
import { HAS_SHARED_DATA } from '../../test/shared-data.ts';
import { realPair } from '../../test/study-reference.ts';
import { highContext } from './high-context.ts';

const at = (closes: number[]) => highContext(closes, weekdays('2020-01-01', closes.length));

describe('highContext', () => {
  it('names the record before a record close (the first session holding the old maximum)', () => {
    const dates = weekdays('2020-01-01', 5);
    expect(highContext([100, 105, 103, 105, 106], dates)).toEqual({
      kind: 'record',
      previousRecord: dates[1],
      sessionsSince: 3,
    });
  });

  it('a tie with the record is not a record; a 52-week high needs 252 sessions', () => {
    expect(at([100, 105, 103, 105])).toBeNull();
    const year = Array.from({ length: 300 }, (_, i) => (i < 10 ? 200 : 100 + i / 1000));
    expect(at(year)).toEqual({ kind: '52w-high' });
    expect(at([100])).toBeNull();
  });
});

describe.skipIf(!HAS_SHARED_DATA)('highContext on real IWM', () => {
  it('2024-11-06: IWM’s first record close since 2021-11-08', () => {
    const p = realPair('2024-11-06');
    expect(highContext(p.small, p.dates)).toMatchObject({ kind: 'record', previousRecord: '2021-11-08' });
  });
});
