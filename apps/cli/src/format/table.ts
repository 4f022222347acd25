import { visibleLength } from './color.ts';

export type Align = 'left' | 'right';

/**
 * Renders rows as aligned columns separated by two spaces; cells may carry ANSI colour (widths ignore it).
 * `align[i]` defaults to 'left' for the first column and 'right' for the others (numbers).
 */
export function renderTable(header: string[], rows: string[][], align: Align[] = []): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => visibleLength(r[c] ?? ''))));
  const pad = (cell: string, c: number): string => {
    const gap = ' '.repeat(widths[c]! - visibleLength(cell));
    return (align[c] ?? (c === 0 ? 'left' : 'right')) === 'left' ? cell + gap : gap + cell;
  };
  return all.map((r) => header.map((_, c) => pad(r[c] ?? '', c)).join('  ').trimEnd()).join('\n');
}
