/**
 * Correlation with its 5-year band: a horizontal bar spanning [min, max] of the rolling correlation
 * over 5 years, with a marker where today's value sits. Missing band → the value alone.
 */
import type { CorrelationBand } from '@rotation-lens/core';
import { num } from './format.ts';

export function CorrelationBar({ value, band }: { value: number | null; band: CorrelationBand | null }) {
  if (value === null) return <span class="muted">—</span>;
  if (!band || band.position === null) return <span class="num">{num(value)}</span>;
  const left = `${Math.round(band.position * 100)}%`;
  const label = `correlation ${num(value)}, 5-year range ${num(band.min)} to ${num(band.max)}`;
  return (
    <span class="corr" role="img" aria-label={label} title={label} data-testid="correlation-band">
      <span class="num">{num(band.min)}</span>
      <span class="corr-track">
        <span class="corr-mark" style={{ left }} />
      </span>
      <span class="num">{num(band.max)}</span>
      <strong class="num">{num(value)}</strong>
    </span>
  );
}
