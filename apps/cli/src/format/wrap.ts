import { visibleLength } from './color.ts';

/** Width the text report is laid out for: a standard terminal. */
export const TEXT_WIDTH = 80;

/** Break points, best first: between " · " items, after a semicolon, after a comma, then between words. */
const BREAKS = [' · ', '; ', ', ', ' '] as const;

/** A line end: no trailing space, and no dangling " ·" (a comma stays: it ends a clause). */
const lineEnd = (s: string): string => s.trimEnd().replace(/ ·$/, '');

/**
 * Greedy fill of `text` into lines of `first` then `rest` columns, breaking at BREAKS[level] and going one
 * level finer for a piece that does not fit on its own. The separator stays with the piece before the break
 * (see lineEnd). A single word longer than the room stays whole.
 */
function fill(text: string, first: number, rest: number, level: number): string[] {
  const sep = BREAKS[level]!;
  const pieces = text.split(sep);
  const lines: string[] = [];
  let current = '';
  pieces.forEach((piece, i) => {
    const withSep = i < pieces.length - 1 ? piece + sep : piece;
    const room = lines.length === 0 ? first : rest;
    if (visibleLength(lineEnd(current + withSep)) <= room) {
      current += withSep;
      return;
    }
    if (current !== '') {
      lines.push(lineEnd(current));
      current = '';
    }
    const roomNow = lines.length === 0 ? first : rest;
    if (visibleLength(lineEnd(withSep)) <= roomNow || level === BREAKS.length - 1) {
      current = withSep;
      return;
    }
    const sub = fill(withSep, roomNow, rest, level + 1);
    current = sub.pop()!;
    lines.push(...sub);
    // The sub-fill's last line lost its trailing space (and a dangling " ·"): put the separator back once.
    if (withSep.endsWith(sep) && !current.endsWith(sep)) {
      const mark = sep.trimEnd();
      current = `${current.endsWith(mark) ? current : current + mark} `;
    }
  });
  if (lineEnd(current) !== '') lines.push(lineEnd(current));
  return lines;
}

/**
 * Fits a "Label: a · b · c" line into `width` columns (widths ignore ANSI colour). Breaks go between " · "
 * items first, then after a comma, then between words. Continuation lines are indented to just after the label
 * ("Max drawdown: " → 14 spaces; at most 20, else 2) unless `hangingIndent` says otherwise, so a wrapped value
 * lines up under the first one. Lines that fit are returned unchanged.
 */
export function wrapLine(line: string, width = TEXT_WIDTH, hangingIndent?: number): string[] {
  if (visibleLength(line) <= width) return [line];
  const colon = line.indexOf(': ');
  const label = colon >= 0 ? visibleLength(line.slice(0, colon + 2)) : Number.POSITIVE_INFINITY;
  const indentWidth = hangingIndent ?? (label <= 20 ? label : 2);
  const indent = ' '.repeat(indentWidth);
  return fill(line, width, width - indentWidth, 0).map((l, i) => (i === 0 ? l : indent + l));
}
