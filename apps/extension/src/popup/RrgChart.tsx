/**
 * Relative-rotation graph of a watchlist (SVG): x = RS-ratio, y = RS-momentum, both normalised around
 * 100; four labelled quadrants (leading top-right, weakening bottom-right, lagging bottom-left,
 * improving top-left); each symbol a dot with its short tail. Axis range adapts to the data, always
 * symmetric around 100 so the quadrants stay equal.
 */
import type { WatchlistRow } from '../contracts/messages.ts';
import { placeLabels } from './rrg-labels.ts';

const SIZE = 240;
const PAD = 18;

export type Quadrant = 'leading' | 'weakening' | 'lagging' | 'improving';
export function quadrantOf(ratio: number, momentum: number): Quadrant {
  if (ratio >= 100) return momentum >= 100 ? 'leading' : 'weakening';
  return momentum >= 100 ? 'improving' : 'lagging';
}

export function RrgChart({ rows }: { rows: readonly WatchlistRow[] }) {
  const points = rows.filter((r): r is WatchlistRow & { rrg: NonNullable<WatchlistRow['rrg']> } => r.rrg !== null);
  if (!points.length) return <p class="muted">No rotation data for this watchlist yet.</p>;
  const all = points.flatMap((p) => [p.rrg, ...p.rrg.tail]);
  const span = Math.max(1, ...all.flatMap((p) => [Math.abs(p.ratio - 100), Math.abs(p.momentum - 100)])) * 1.15;
  const inner = SIZE - 2 * PAD;
  const x = (ratio: number) => PAD + ((ratio - 100 + span) / (2 * span)) * inner;
  const y = (momentum: number) => PAD + ((100 + span - momentum) / (2 * span)) * inner;
  const mid = SIZE / 2;
  const labels = placeLabels(points.map((p) => ({ x: x(p.rrg.ratio), y: y(p.rrg.momentum), text: p.symbol })));
  const summary = points.map((p) => `${p.symbol} ${quadrantOf(p.rrg.ratio, p.rrg.momentum)}`).join(', ');
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" role="img" aria-label={`Relative rotation: ${summary}`} data-testid="rrg" class="rrg">
      <rect x={mid} y={PAD} width={mid - PAD} height={mid - PAD} class="q-leading" />
      <rect x={mid} y={mid} width={mid - PAD} height={mid - PAD} class="q-weakening" />
      <rect x={PAD} y={mid} width={mid - PAD} height={mid - PAD} class="q-lagging" />
      <rect x={PAD} y={PAD} width={mid - PAD} height={mid - PAD} class="q-improving" />
      <text x={SIZE - PAD - 2} y={PAD + 10} text-anchor="end" class="q-label">Leading</text>
      <text x={SIZE - PAD - 2} y={SIZE - PAD - 4} text-anchor="end" class="q-label">Weakening</text>
      <text x={PAD + 2} y={SIZE - PAD - 4} class="q-label">Lagging</text>
      <text x={PAD + 2} y={PAD + 10} class="q-label">Improving</text>
      <text x={mid} y={SIZE - 4} text-anchor="middle" class="axis-label">RS-ratio →</text>
      <text x={6} y={mid} text-anchor="middle" class="axis-label" transform={`rotate(-90 6 ${mid})`}>RS-momentum →</text>
      {points.map((p, i) => {
        const trail = [...p.rrg.tail, p.rrg];
        const label = labels[i]!;
        return (
          <g key={p.symbol} data-testid={`rrg-${p.symbol}`} data-quadrant={quadrantOf(p.rrg.ratio, p.rrg.momentum)}>
            <polyline points={trail.map((t) => `${x(t.ratio).toFixed(1)},${y(t.momentum).toFixed(1)}`).join(' ')} class="tail" />
            <circle cx={x(p.rrg.ratio)} cy={y(p.rrg.momentum)} r={3.5} class="dot" />
            <text x={label.x} y={label.y} text-anchor={label.anchor} class="sym">
              {p.symbol}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
