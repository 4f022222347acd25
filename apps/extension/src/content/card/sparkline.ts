/**
 * A hand-drawn SVG line chart (no library in the content script): the X/benchmark ratio over the
 * last year and its 200-day average. Built with createElementNS; null points break the line.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SparklineInput {
  ratio: readonly number[];
  sma: readonly (number | null)[];
  width?: number;
  height?: number;
}

/** Polyline `points` strings, one per unbroken run of finite values, scaled into the box. */
export function linePoints(values: readonly (number | null)[], min: number, max: number, width: number, height: number): string[] {
  const n = values.length;
  const span = max - min || 1;
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
      return;
    }
    const x = n > 1 ? (i / (n - 1)) * width : 0;
    const y = height - ((v - min) / span) * height;
    run.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  if (run.length > 1) runs.push(run.join(' '));
  return runs;
}

export function sparkline(doc: Document, input: SparklineInput): SVGSVGElement {
  const width = input.width ?? 276;
  const height = input.height ?? 48;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  const finite = [...input.ratio, ...input.sma].filter((v): v is number => v !== null && Number.isFinite(v));
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 1;
  const lines: [readonly (number | null)[], string, string][] = [
    [input.sma, '#bc4c00', '4 3'],
    [input.ratio, '#0969da', ''],
  ];
  for (const [values, colour, dash] of lines) {
    for (const points of linePoints(values, min, max, width, height)) {
      const line = doc.createElementNS(SVG_NS, 'polyline');
      line.setAttribute('points', points);
      line.setAttribute('fill', 'none');
      line.setAttribute('stroke', colour);
      line.setAttribute('stroke-width', '1.5');
      if (dash) line.setAttribute('stroke-dasharray', dash);
      svg.append(line);
    }
  }
  return svg;
}
