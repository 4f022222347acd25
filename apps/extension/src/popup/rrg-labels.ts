/**
 * Places the symbol labels of the relative-rotation graph so they do not overlap: each label tries, in
 * order, right-above, right-below, left-above and left-below its dot, and takes the first spot that
 * touches no label placed before it (else the first spot). Greedy, in the given order; pure (SVG units).
 */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Approximate label box: 9 px system font, ~5.4 px per character, 9 px tall. */
const CHAR_W = 5.4;
const H = 9;

function box(spot: LabelSpot, text: string): { x0: number; x1: number; y0: number; y1: number } {
  const w = text.length * CHAR_W;
  const x0 = spot.anchor === 'start' ? spot.x : spot.x - w;
  return { x0, x1: x0 + w, y0: spot.y - H + 1, y1: spot.y + 1 };
}

export function placeLabels(dots: readonly { x: number; y: number; text: string }[]): LabelSpot[] {
  const placed: ReturnType<typeof box>[] = [];
  return dots.map((d) => {
    const candidates: LabelSpot[] = [
      { x: d.x + 5, y: d.y - 4, anchor: 'start' },
      { x: d.x + 5, y: d.y + 10, anchor: 'start' },
      { x: d.x - 5, y: d.y - 4, anchor: 'end' },
      { x: d.x - 5, y: d.y + 10, anchor: 'end' },
    ];
    const free = candidates.find((c) => {
      const b = box(c, d.text);
      return placed.every((p) => b.x1 <= p.x0 || b.x0 >= p.x1 || b.y1 <= p.y0 || b.y0 >= p.y1);
    });
    const spot = free ?? candidates[0]!;
    placed.push(box(spot, d.text));
    return spot;
  });
}
