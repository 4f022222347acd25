/**
 * The small/large price ratio over the last year with its 200-day average, drawn with uPlot (canvas).
 * Where canvas is unavailable (tests, some locked-down renderers) it draws the same lines as SVG, so
 * the popup never shows an empty box. The chart is described in text for screen readers.
 * uPlot (≈ 45 KB) is loaded after the first render (dynamic import: its own chunk), so it never
 * delays the popup's first paint; the box keeps its size meanwhile (no layout shift).
 */
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '@rotation-lens/present';
import { inOwnTask } from './after-first-paint.ts';

export interface RatioSeries {
  dates: string[];
  ratio: number[];
  ratioSma200: (number | null)[];
}

const WIDTH = 348;
const HEIGHT = 140;

function canvasWorks(): boolean {
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

const cssVar = (el: Element, name: string, fallback: string) => getComputedStyle(el).getPropertyValue(name).trim() || fallback;

export function RatioChart({ series, small, large }: { series: RatioSeries; small: string; large: string }) {
  const host = useRef<HTMLDivElement>(null);
  // Canvas is asked for after the first paint (a 2D context costs a renderer that just started ms).
  const [useSvg, setUseSvg] = useState(false);
  const n = series.ratio.length;
  const first = series.ratio[0];
  const last = series.ratio[n - 1];
  const sma = series.ratioSma200[n - 1];
  const label = `${small}/${large} ratio over ${n} sessions, from ${formatNumber(first, 4)} to ${formatNumber(last, 4)}${sma != null ? `; 200-day average ${formatNumber(sma, 4)}` : ''}`;

  useEffect(() => {
    if (useSvg || !host.current || n < 2) return;
    const el = host.current;
    let plot: { destroy(): void } | null = null;
    let cancelled = false;
    // In a task of its own: the canvas check and the chunk's fetch do not hold up the task that marks
    // the first render.
    const cancelLoad = inOwnTask(() => {
      if (!canvasWorks()) return setUseSvg(true);
      void import('uplot').then(({ default: uPlot }) => {
        if (cancelled) return;
        const xs = series.dates.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
        plot = new uPlot(
          {
            width: WIDTH,
            height: HEIGHT,
            legend: { show: false },
            cursor: { y: false },
            scales: { x: { time: true } },
            axes: [
              { stroke: cssVar(el, '--fg-soft', '#666'), grid: { show: false }, size: 24, font: '10px system-ui' },
              {
                stroke: cssVar(el, '--fg-soft', '#666'),
                size: 44,
                font: '10px system-ui',
                // Three labelled levels (low, middle, high of the visible range): a ratio moving within a
                // few percent otherwise gets one lone tick label.
                splits: (_u, _i, lo, hi) => [lo + (hi - lo) * 0.1, (lo + hi) / 2, hi - (hi - lo) * 0.1],
                values: (_u, v) => v.map((x) => x.toFixed(3)),
                grid: { stroke: cssVar(el, '--border', '#d6dbe3'), width: 1 },
                ticks: { show: false },
              },
            ],
            series: [
              {},
              { label: `${small}/${large}`, stroke: cssVar(el, '--accent', '#2563eb'), width: 1.5 },
              { label: '200-day average', stroke: cssVar(el, '--large', '#b45309'), width: 1, dash: [4, 3] },
            ],
          },
          [xs, series.ratio, series.ratioSma200],
          el,
        );
      });
    });
    return () => {
      cancelled = true;
      cancelLoad();
      plot?.destroy();
    };
  }, [series, useSvg, n, small, large]);

  return (
    <figure class="ratio-chart" data-testid="ratio-chart">
      {useSvg ? <SvgLines series={series} label={label} /> : <div ref={host} role="img" aria-label={label} style={{ minHeight: `${HEIGHT}px` }} />}
      <figcaption class="muted">
        <span class="swatch ratio" /> {small}/{large} <span class="swatch sma" /> 200-day average
      </figcaption>
    </figure>
  );
}

function SvgLines({ series, label }: { series: RatioSeries; label: string }) {
  const values = [...series.ratio, ...series.ratioSma200.filter((v): v is number => v !== null)];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const n = series.ratio.length;
  const x = (i: number) => (n < 2 ? 0 : (i / (n - 1)) * WIDTH);
  const y = (v: number) => (hi === lo ? HEIGHT / 2 : HEIGHT - 4 - ((v - lo) / (hi - lo)) * (HEIGHT - 8));
  const line = (vals: (number | null)[]) =>
    vals
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p) => p !== null)
      .join(' ');
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
      <polyline points={line(series.ratio)} fill="none" stroke="var(--accent)" stroke-width="1.5" />
      <polyline points={line(series.ratioSma200)} fill="none" stroke="var(--large)" stroke-width="1" stroke-dasharray="4 3" />
    </svg>
  );
}
