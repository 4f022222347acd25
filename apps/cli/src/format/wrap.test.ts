import { describe, expect, it } from 'vitest';
import { createColors, visibleLength } from './color.ts';
import { wrapLine } from './wrap.ts';

describe('wrapLine', () => {
  it('leaves a line that fits alone', () => {
    expect(wrapLine('Beta of IWM to SPY (252d): 1.23')).toEqual(['Beta of IWM to SPY (252d): 1.23']);
  });

  it('breaks between · items and lines the rest up under the label', () => {
    const line = 'Max drawdown: IWM -58.6% (2007-07-13 → 2009-03-09) · SPY -55.2% (2007-10-09 → 2009-03-09)';
    expect(wrapLine(line)).toEqual(['Max drawdown: IWM -58.6% (2007-07-13 → 2009-03-09)', '              SPY -55.2% (2007-10-09 → 2009-03-09)']);
  });

  it('breaks after a clause comma before breaking between words', () => {
    const line = 'Streak: ^RUT trailed ^GSPC 14 sessions in a row (since 2026-01-02), the longest since 2022-09-15';
    expect(wrapLine(line)).toEqual(['Streak: ^RUT trailed ^GSPC 14 sessions in a row (since 2026-01-02),', '        the longest since 2022-09-15']);
  });

  it('breaks between words when nothing else fits, every line within the width, no text lost', () => {
    const line = `  - ${'word '.repeat(40).trim()}`;
    const lines = wrapLine(line, 80, 4);
    expect(lines.length).toBe(3);
    expect(lines.slice(1).every((l) => /^ {4}\S/.test(l))).toBe(true);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(line.trim());
  });

  it('never doubles a separator when a clause must break at a finer level', () => {
    const line =
      '  SPY rose 1.1% in its first five sessions of 2026: 17 earlier years since 2002 did too, 15 of 17 ended the year up; 3 months later IWM led in 8 (47%), median −1.0%; all 3-month windows: 49%, −0.15%';
    const lines = wrapLine(line, 80, 4);
    expect(lines.join(' ')).not.toMatch(/,,|;;/);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(line.trim());
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it('measures without ANSI colour codes', () => {
    const c = createColors(true);
    const line = `Total return since 2000-05-26: IWM ${c.green('+535.4%')} · SPY ${c.green('+530.0%')} · QQQ ${c.green('+100.0%')} · XLF ${c.red('-1%')}`;
    expect(visibleLength(line)).toBeLessThanOrEqual(80);
    expect(wrapLine(line)).toEqual([line]);
  });
});
