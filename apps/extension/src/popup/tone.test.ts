import { describe, expect, it } from 'vitest';
import { toneClass } from './tone.ts';

describe('toneClass', () => {
  it('colours only a direction: zero and missing values get no tone', () => {
    expect(toneClass(0.01)).toBe('pos');
    expect(toneClass(-0.01)).toBe('neg');
    expect(toneClass(0)).toBe('');
    expect(toneClass(null)).toBe('');
  });
});
