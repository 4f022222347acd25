import type { ScanRow } from '../commands/scan-rows.ts';
import type { Colors } from './color.ts';
import { NA, num, pct, signedInt } from './numbers.ts';
import { renderTable } from './table.ts';

/** Rows by RS rating, best first; failed symbols last with their error. */
function ordered(rows: ScanRow[]): ScanRow[] {
  const rank = (r: ScanRow): number => (r.error ? -2 : (r.rsRating ?? -1));
  return [...rows].sort((a, b) => rank(b) - rank(a));
}

export interface ScanHeader {
  name: string | null;
  large: string;
  sourceLabel: string;
  simulated: boolean;
}

export function formatScanText(rows: ScanRow[], h: ScanHeader, c: Colors): string {
  const asOf = rows.find((r) => r.asOf)?.asOf ?? NA;
  const title = `${h.name ? `${h.name}: ` : ''}${rows.length} symbols vs ${h.large}, as of ${asOf}`;
  const body = ordered(rows).map((r) =>
    r.error
      ? [r.symbol, c.red(`error: ${r.error}`), '', '', '', '']
      : [
          r.symbol,
          c.sign(r.rs3m, pct(r.rs3m)),
          r.rsRating === null ? NA : String(r.rsRating),
          r.streak === null ? NA : c.sign(r.streak, signedInt(r.streak)),
          num(r.rsi, 1),
          c.sign(r.return1Y, pct(r.return1Y)),
        ],
  );
  const table = renderTable(['Symbol', 'RS 3M', 'RS rating', 'Streak', 'RSI', '1Y'], body, ['left', 'right', 'right', 'right', 'right', 'right']);
  const banner = h.simulated ? [c.yellow(c.bold('SIMULATED DATA — seeded sample, not real prices'))] : [];
  return [...banner, c.bold(title), '', table, '', c.dim(`source: ${h.sourceLabel}${h.simulated ? ' (SIMULATED)' : ''}`)].join('\n');
}
