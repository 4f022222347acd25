/**
 * What the popup's watchlist rows must show, from core on the bars the server sent: last close, RS 3M
 * (ratio change vs the benchmark), RS rating within the list (core's rsRating over the symbols that
 * loaded), streak — formatted with the popup's formatters (@rotation-lens/present). A symbol without data
 * has no expected row (the popup shows its error instead).
 */
import { rsRating } from '@rotation-lens/core';
import { type FixtureServer, loadBars } from '@rotation-lens/e2e-harness';
import { formatNumber, formatPercent, formatPrice, formatSignedInt } from '@rotation-lens/present';
import { expectedReport, servedBars } from './expected.ts';

/** Cells after the symbol: Close, RS 3M, RS#, Streak (the discount column is not compared). */
export type RowCells = [close: string, rs3m: string, rsRating: string, streak: string];

export function expectedRows(server: FixtureServer, symbols: readonly string[], benchmark: string): Map<string, RowCells> {
  const loaded = symbols.filter((s) => loadBars(s) !== null);
  const bars = new Map(loaded.map((s) => [s, servedBars(server, s).map((b) => ({ date: b.date, close: b.close, adjClose: b.adjClose }))]));
  const ratings = rsRating(loaded.map((symbol) => ({ symbol, bars: bars.get(symbol)! })));
  const rows = new Map<string, RowCells>();
  for (const symbol of loaded) {
    const report = expectedReport(server, symbol, benchmark);
    rows.set(symbol, [formatPrice(bars.get(symbol)!.at(-1)!.close), formatPercent(report.relativeStrength.change['3M']), formatNumber(ratings.get(symbol), 0), formatSignedInt(report.streak.sessions)]);
  }
  return rows;
}
