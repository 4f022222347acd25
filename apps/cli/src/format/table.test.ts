import { describe, expect, it } from 'vitest';
import { colorWanted, createColors, visibleLength } from './color.ts';
import { renderTable } from './table.ts';

describe('renderTable', () => {
  it('left-aligns the first column and right-aligns the rest', () => {
    expect(renderTable(['', '1W', '1M'], [['IWM', '+1.0%', '-12.5%'], ['SPY', '0.0%', '+3.0%']])).toBe(
      ['        1W      1M', 'IWM  +1.0%  -12.5%', 'SPY   0.0%   +3.0%'].join('\n'),
    );
  });
  it('ignores ANSI colour when measuring widths', () => {
    const c = createColors(true);
    const out = renderTable(['x', 'v'], [['a', c.green('+1.0%')], ['b', '-10.0%']]);
    expect(out.split('\n').map(visibleLength)).toEqual([9, 9, 9]);
  });
});

describe('colours', () => {
  it('only on a TTY without NO_COLOR', () => {
    expect(colorWanted(true, {})).toBe(true);
    expect(colorWanted(false, {})).toBe(false);
    expect(colorWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted(true, { TERM: 'dumb' })).toBe(false);
  });
  it('disabled colours are the identity; sign picks green/red', () => {
    expect(createColors(false).red('x')).toBe('x');
    const c = createColors(true);
    expect(c.sign(1, 'x')).toBe('\u001b[32mx\u001b[39m');
    expect(c.sign(-1, 'x')).toBe('\u001b[31mx\u001b[39m');
    expect(c.sign(null, 'x')).toBe('x');
  });
});
