/** Comparison: benchmark, small-cap proxy, RS window, correlation window, streak threshold, RSI levels. */
import { SMALL_CAP_PROXIES } from '@rotation-lens/market-data';
import { BENCHMARKS, RS_WINDOWS, type Settings } from '../../settings/schema.ts';
import type { SectionProps } from '../types.ts';

type Cmp = Settings['comparison'];
const NUMBERS: { key: 'correlationWindow' | 'streakThreshold' | 'rsiOverbought' | 'rsiOversold'; label: string; min: number; max: number; step: number }[] = [
  { key: 'correlationWindow', label: 'Correlation / beta window (sessions)', min: 20, max: 1260, step: 1 },
  { key: 'streakThreshold', label: 'Highlight streaks from (sessions)', min: 1, max: 50, step: 1 },
  { key: 'rsiOverbought', label: 'RSI overbought at', min: 50, max: 100, step: 1 },
  { key: 'rsiOversold', label: 'RSI oversold at', min: 0, max: 50, step: 1 },
];

export function ComparisonSection({ settings, apply }: SectionProps) {
  const c = settings.comparison;
  const set = <K extends keyof Cmp>(key: K, value: Cmp[K]) => apply((s) => {
            s.comparison[key] = value;
          });
  const choice = <K extends 'benchmark' | 'smallProxy' | 'rsWindow'>(key: K, label: string, options: readonly Cmp[K][]) => (
    <label class="field">
      <span>{label}</span>
      <select value={c[key]} onChange={(e) => void set(key, e.currentTarget.value as Cmp[K])} data-testid={`cmp-${key}`}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section id="comparison" aria-labelledby="cmp-h" data-testid="section-comparison">
      <h2 id="cmp-h">Comparison</h2>
      {choice('benchmark', 'Benchmark (large caps)', BENCHMARKS)}
      {choice('smallProxy', 'Small-cap proxy', SMALL_CAP_PROXIES)}
      {choice('rsWindow', 'Relative-strength window on badges', RS_WINDOWS)}
      {NUMBERS.map((n) => (
        <label class="field" key={n.key}>
          <span>{n.label}</span>
          <input
            type="number"
            min={n.min}
            max={n.max}
            step={n.step}
            value={c[n.key]}
            data-testid={`cmp-${n.key}`}
            onChange={(e) => {
              const input = e.currentTarget;
              const value = Number(input.value);
              const restore = () => {
                input.value = String(c[n.key]);
              };
              // Rejected (out of range, oversold ≥ overbought): the status line says why; the field reverts.
              if (input.value === '' || !Number.isFinite(value)) return restore();
              void set(n.key, value).then((ok) => ok || restore());
            }}
          />
        </label>
      ))}
    </section>
  );
}
