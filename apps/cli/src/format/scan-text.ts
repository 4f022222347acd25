import { showInput } from '@rotation-lens/market-data';
import { asOfNote } from '../as-of-range.ts';
import type { ScanRow } from '../commands/scan-rows.ts';
import type { Colors } from './color.ts';
import { capFailures, moreFailedLine } from './failure-list.ts';
import { NA, num, pct, signedInt } from './numbers.ts';
import { renderTable } from './table.ts';
import { wrapLine } from './wrap.ts';

/** Scanned rows by RS rating, best first (unrated last, in watchlist order: the sort is stable). */
const byRating = (rows: ScanRow[]): ScanRow[] => [...rows].sort((a, b) => (b.rsRating ?? -1) - (a.rsRating ?? -1));

export interface ScanHeader {
  name: string | null;
  large: string;
  /** The scan's date (the benchmark's last session on or before --as-of); null when there is none. */
  asOf: string | null;
  sourceLabel: string;
  simulated: boolean;
  /** The --as-of asked for, when given (the rows' asOf is the last session on or before it). */
  requestedAsOf?: string;
  /** "Stale: prices end …" lines when a provider's cached prices are behind the market (else empty). */
  staleNote?: string[];
}

function title(rows: ScanRow[], h: ScanHeader): string {
  const asOf = h.asOf;
  const why = asOf === null ? null : asOfNote(h.requestedAsOf, asOf);
  const count = `${rows.length} symbol${rows.length === 1 ? '' : 's'}`;
  return `${h.name ? `${showInput(h.name)}: ` : ''}${count} vs ${h.large}, as of ${asOf ?? NA}${why ? ` (${why})` : ''}`;
}

/**
 * The scan as text: title, the table of scanned symbols, then under the table one line per symbol whose prices
 * end before the scan's date and one per failed symbol (long prose inside the table would stretch a column),
 * the first LISTED_FAILURES of them and then a count.
 */
export function formatScanText(rows: ScanRow[], h: ScanHeader, c: Colors): string {
  const scanned = byRating(rows.filter((r) => !r.error));
  const failed = rows.filter((r) => r.error);
  const body = scanned.map((r) => [
    r.symbol,
    c.sign(r.rs3m, pct(r.rs3m)),
    r.rsRating === null ? NA : String(r.rsRating),
    r.streak === null ? NA : c.sign(r.streak, signedInt(r.streak)),
    num(r.rsi, 1),
    c.sign(r.return1Y, pct(r.return1Y)),
  ]);
  const table = renderTable(['Symbol', 'RS 3M', 'RS rating', 'Streak', 'RSI', '1Y'], body, ['left', 'right', 'right', 'right', 'right', 'right']);
  const width = Math.max(6, ...rows.map((r) => r.symbol.length));
  const { shown, more } = capFailures(failed);
  const errors = [
    ...shown.flatMap((r) => wrapLine(`${r.symbol.padEnd(width)}  ${c.red(`error: ${r.error}`)}`, undefined, width + 2)),
    ...(more > 0 ? [c.red(moreFailedLine(more))] : []),
  ];
  const behind = scanned
    .filter((r) => h.asOf !== null && r.asOf !== null && r.asOf < h.asOf)
    .flatMap((r) => wrapLine(`${r.symbol.padEnd(width)}  ${c.yellow(`prices end ${r.asOf}: its row is as of then, not rated`)}`, undefined, width + 2));
  const banner = h.simulated ? [c.yellow(c.bold('SIMULATED DATA — seeded sample, not real prices'))] : [];
  return [
    ...banner,
    c.bold(title(rows, h)),
    '',
    ...(scanned.length > 0 ? [table] : []),
    ...behind,
    ...errors,
    '',
    c.dim(`Source: ${h.sourceLabel}${h.simulated ? ' (SIMULATED)' : ''}`),
    ...(h.staleNote ?? []).map(c.yellow),
  ].join('\n');
}
