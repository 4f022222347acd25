import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/fixtures.ts';
import { correlationBand } from './correlation-band.ts';

describe('correlationBand', () => {
  it('min/max over the lookback and the current position', () => {
    const band = correlationBand([0.9, -0.5, 0.2, 0.8, 0.5], 4);
    expect(band).toEqual({ min: -0.5, max: 0.8, position: 1 / 1.3, samples: 4 });
  });

  it('equals min/max/position computed naively', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 100 }),
        fc.integer({ min: 1, max: 120 }),
        (rolling, lookback) => {
          const tail = rolling.slice(-lookback);
          const min = Math.min(...tail);
          const max = Math.max(...tail);
          const cur = rolling[rolling.length - 1] as number;
          expect(correlationBand(rolling, lookback)).toEqual({
            min,
            max,
            position: max === min ? null : (cur - min) / (max - min),
            samples: tail.length,
          });
        },
      ),
    );
  });

  it('default lookback 1,260; skips NaN; null position when flat; null when empty', () => {
    const rolling = new Float64Array(2000).fill(0.5);
    rolling[100] = -1; // outside the last 1,260
    rolling[1999] = 0.7;
    expect(correlationBand(rolling)).toMatchObject({ min: 0.5, max: 0.7, position: 1, samples: 1260 });
    expect(correlationBand([0.3, Number.NaN, 0.3])).toEqual({ min: 0.3, max: 0.3, position: null, samples: 2 });
    expect(correlationBand([0.3, Number.NaN])?.position).toBeNull();
    expect(correlationBand([])).toBeNull();
    expect(correlationBand([Number.NaN])).toBeNull();
    expectCode(() => correlationBand([0.1], 0), 'BAD_OPTION');
  });
});
