import { describe, expect, it } from 'vitest';
import { placeLabels } from './rrg-labels.ts';

describe('RRG label placement', () => {
  it('a lone label sits right-above its dot', () => {
    expect(placeLabels([{ x: 100, y: 100, text: 'IWM' }])).toEqual([{ x: 105, y: 96, anchor: 'start' }]);
  });

  it('labels of dots in a clump move to free spots instead of printing over each other', () => {
    const spots = placeLabels([
      { x: 100, y: 100, text: 'QQQ' },
      { x: 102, y: 101, text: 'SPY' },
      { x: 101, y: 99, text: 'AAPL' },
      { x: 103, y: 100, text: 'IWM' },
    ]);
    const keys = spots.map((s) => `${s.anchor}:${s.y > 100 ? 'below' : 'above'}`);
    expect(new Set(keys).size).toBe(4);
  });

  it('far-apart dots keep the default spot', () => {
    const spots = placeLabels([
      { x: 20, y: 20, text: 'PLTR' },
      { x: 200, y: 200, text: 'TGLS' },
    ]);
    expect(spots.every((s) => s.anchor === 'start' && s.y < 200)).toBe(true);
  });
});
