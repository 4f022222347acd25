/**
 * Correlation with its 5-year band: a horizontal bar spanning [min, max] of the rolling correlation
 * over 5 years, with a marker where today's value sits. Missing band → the value alone.
 */
import type { CorrelationBand } from '@rotation-lens/core';
import { formatNumber } from '@rotation-lens/present';

export function CorrelationBar({ value, band }: { value: number | null; band: CorrelationBand | null }) {
  if (value === null) return <span class="muted">—</span>;
  if (!band || band.position === null) return <span class="num">{formatNumber(value, 2)}</span>;
  const left = `${Math.round(band.position * 100)}%`;
  const label = `correlation ${formatNumber(value, 2)}, 5-year range ${formatNumber(band.min, 2)} to ${formatNumber(band.max, 2)}`;
  return (
    <span class="corr" role="img" aria-label={label} title={label} data-testid="correlation-band">
      <span class="num">{formatNumber(band.min, 2)}</span>
      <span class="corr-track">
        <span class="corr-mark" style={{ left }} />
      </span>
      <span class="num">{formatNumber(band.max, 2)}</span>
      <strong class="num">{formatNumber(value, 2)}</strong>
    </span>
  );
}
