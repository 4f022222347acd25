import { UsageError } from './errors.ts';
import { parseDateFlag } from './flag-values.ts';

/**
 * Where the report's valuation comes from: the user's own P/Es (`--pe-small X --pe-large Y`), nothing
 * (`--valuation none`), or `auto` — the live Yahoo reading when prices come from Yahoo online, else the
 * latest known reading for the pair on or before the report's date.
 */
export type ValuationSpec =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'manual'; peSmall: number; peLarge: number; basis: 'forward' | 'trailing'; date?: string };

export const VALUATION_FLAGS = ['pe-small', 'pe-large', 'pe-basis', 'pe-date', 'valuation'] as const;

/** A P/E as typed: a positive finite number below 1000 (the bounds of a reading the user adds). */
function parsePe(raw: string, flag: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag}: "${raw}" is not a number (e.g. ${flag} 15.6)`);
  if (n <= 0 || n >= 1000) throw new UsageError(`${flag}: ${raw} is not a P/E (must be > 0 and < 1000)`);
  return n;
}

export function parseValuationFlags(get: (name: (typeof VALUATION_FLAGS)[number]) => string | undefined): ValuationSpec {
  const [small, large, basis, date, mode] = VALUATION_FLAGS.map(get);
  if (mode !== undefined && mode !== 'none' && mode !== 'auto') throw new UsageError(`--valuation: "${mode}" is not one of none, auto`);
  const manual = small !== undefined || large !== undefined;
  if (mode === 'none' && (manual || basis !== undefined || date !== undefined)) {
    throw new UsageError('--valuation none cannot be combined with --pe-small/--pe-large/--pe-basis/--pe-date');
  }
  if (!manual) {
    if (basis !== undefined || date !== undefined) throw new UsageError(`--pe-${basis !== undefined ? 'basis' : 'date'} needs --pe-small and --pe-large`);
    return { kind: mode ?? 'auto' };
  }
  if (small === undefined || large === undefined) throw new UsageError(`--pe-${small === undefined ? 'large' : 'small'} needs --pe-${small === undefined ? 'small' : 'large'} too`);
  if (basis !== undefined && basis !== 'forward' && basis !== 'trailing') throw new UsageError(`--pe-basis: "${basis}" is not one of forward, trailing`);
  return {
    kind: 'manual',
    peSmall: parsePe(small, '--pe-small'),
    peLarge: parsePe(large, '--pe-large'),
    basis: basis ?? 'forward',
    ...(date === undefined ? {} : { date: parseDateFlag(date, '--pe-date') }),
  };
}
