/**
 * A study's episodes on one axis: each dot is an earlier episode placed at the small/large ratio's change
 * 3 months after it, against a zero line and the median of all 3-month windows (the baseline, dashed).
 * Hovering a dot, or focusing the strip and moving with the arrow keys / Home / End (a listbox: one Tab
 * stop, the active dot announced through aria-activedescendant), names its date and outcome below.
 */
import { signedPercent } from '@rotation-lens/core';
import { useId, useState } from 'preact/hooks';

export interface StripPoint {
  date: string;
  /** R_{t+63} / R_t − 1. */
  value: number;
}

const W = 340;
const H = 34;
const PAD = 6;

/** "2008-06-06: IWM/SPY +3.2% 3 months later". */
export const pointText = (p: StripPoint, pair: string): string => `${p.date}: ${pair} ${signedPercent(p.value)} 3 months later`;

const KEY_STEP: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, last) => last,
};

export function StudyStrip({ points, baselineMedian, pair }: { points: StripPoint[]; baselineMedian: number | null; pair: string }) {
  const id = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const values = [0, ...points.map((p) => p.value), ...(baselineMedian === null ? [] : [baselineMedian])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (v: number): number => PAD + ((v - lo) / (hi - lo || 1)) * (W - 2 * PAD);
  const last = points.length - 1;
  const onKey = (e: KeyboardEvent) => {
    const step = KEY_STEP[e.key];
    if (!step) return;
    e.preventDefault();
    setActive(Math.max(0, Math.min(last, step(active ?? last, last))));
  };
  const shown = hovered ?? active;
  const current = shown === null ? undefined : points[shown];
  return (
    <div class="strip" data-testid="study-strip">
      <div
        role="listbox"
        tabIndex={0}
        aria-label={`${points.length} earlier episodes: ${pair} 3 months later. Arrow keys move between them.`}
        aria-activedescendant={active === null ? undefined : `${id}-${active}`}
        onKeyDown={onKey}
        onFocus={() => setActive((a) => a ?? last)}
        onBlur={() => setActive(null)}
        data-testid="strip-dots"
      >
        <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="presentation">
          <line class="zero" x1={x(0)} x2={x(0)} y1={2} y2={H - 2} />
          {baselineMedian !== null && <line class="base" x1={x(baselineMedian)} x2={x(baselineMedian)} y1={2} y2={H - 2} data-testid="strip-baseline" />}
          {points.map((p, i) => (
            <circle
              key={p.date}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              aria-label={pointText(p, pair)}
              cx={x(p.value)}
              cy={H / 2 + ((i % 3) - 1) * 6}
              r={i === shown ? 5 : 3.5}
              class={`${p.value > 0 ? 'up' : 'down'}${i === active ? ' active' : ''}`}
              data-date={p.date}
              onMouseEnter={() => setHovered(i)}
              onMouseLeave={() => setHovered(null)}
            />
          ))}
        </svg>
      </div>
      <p class="strip-caption muted" aria-live="polite" data-testid="strip-caption">
        {current
          ? pointText(current, pair)
          : `Each dot an earlier episode; dashed: all 3-month windows' median${baselineMedian === null ? '' : ` (${signedPercent(baselineMedian, 2)})`}.`}
      </p>
    </div>
  );
}
