import { describe, expect, it } from 'vitest';
import { barsOf, expectCode } from '../test/fixtures.ts';
import { CoreError } from './errors.ts';
import type { Bar } from './types.ts';
import { validateBars } from './validate.ts';

const ok = barsOf([10, 11, 12]);
const withBar = (i: number, patch: Partial<Bar>): Bar[] => ok.map((b, k) => (k === i ? { ...b, ...patch } : b));

describe('validateBars', () => {
  it('accepts good bars, a single bar, and null/absent adjClose', () => {
    expect(() => validateBars(ok, 'x')).not.toThrow();
    expect(() => validateBars(ok.slice(0, 1), 'x')).not.toThrow();
    expect(() => validateBars(withBar(1, { adjClose: null as unknown as number }), 'x')).not.toThrow();
  });

  it('maps every bad input to its code', () => {
    expectCode(() => validateBars([], 'x'), 'EMPTY_SERIES');
    expectCode(() => validateBars('nope' as unknown as Bar[], 'x'), 'BAD_OPTION');
    expectCode(() => validateBars(withBar(1, { close: Number.NaN }), 'x'), 'NON_FINITE');
    expectCode(() => validateBars(withBar(1, { close: Number.POSITIVE_INFINITY }), 'x'), 'NON_FINITE');
    expectCode(() => validateBars(withBar(1, { close: '12' as unknown as number }), 'x'), 'NON_FINITE');
    expectCode(() => validateBars(withBar(1, { adjClose: Number.NaN }), 'x'), 'NON_FINITE');
    expectCode(() => validateBars(withBar(1, { close: 0 }), 'x'), 'NON_POSITIVE_PRICE');
    expectCode(() => validateBars(withBar(1, { close: -3 }), 'x'), 'NON_POSITIVE_PRICE');
    expectCode(() => validateBars(withBar(2, { adjClose: -1 }), 'x'), 'NON_POSITIVE_PRICE');
    expectCode(() => validateBars(withBar(1, { date: ok[0]?.date as string }), 'x'), 'DUPLICATE_DATE');
    expectCode(() => validateBars([ok[1], ok[0]] as Bar[], 'x'), 'UNSORTED_DATES');
    expectCode(() => validateBars(withBar(1, { date: '2020-02-30' }), 'x'), 'BAD_DATE');
    expectCode(() => validateBars(withBar(0, { date: '01/02/2020' }), 'x'), 'BAD_DATE');
    expectCode(() => validateBars([null as unknown as Bar], 'x'), 'BAD_DATE');
  });

  it('reports the series name, index and date', () => {
    try {
      validateBars(withBar(2, { close: 0 }), 'IWM');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CoreError);
      expect((e as CoreError).detail).toEqual({ series: 'IWM', index: 2, date: ok[2]?.date });
    }
  });
});
