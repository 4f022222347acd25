import { describe, expect, it } from 'vitest';
import { popupSteps } from './popup-open.ts';
import { summarise } from './stats.ts';

describe('popup bench: the popup\'s own steps', () => {
  it('prints the medians of its marks, in ms since navigation start', () => {
    const line = popupSteps({ module: summarise([90, 100, 110]), keptRead: summarise([118, 120.04, 140]) });
    expect(line).toBe('; its module ran at median 100.0 ms, its kept read answered at median 120.0 ms');
  });

  it('prints nothing when any open lacked a mark (an older build, a page without them)', () => {
    expect(popupSteps({ module: null, keptRead: summarise([1]) })).toBe('');
    expect(popupSteps({ module: summarise([1]), keptRead: null })).toBe('');
  });
});
