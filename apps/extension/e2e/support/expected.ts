/**
 * What the badges must show, computed independently of the extension: @rotation-lens/core's
 * computeReport on exactly the bars the local server sent the extension (read from the same CSVs),
 * formatted with the extension's exported formatters.
 */
import { type ReportOptions, type RotationReport, computeReport } from '@rotation-lens/core';
import { type CsvBar, type FixtureServer, barsForQuery, loadBars } from '@rotation-lens/e2e-harness';

/** Union of the bars the server answered for `symbol` (first fetch + any tail refreshes), ascending. */
export function servedBars(server: FixtureServer, symbol: string): CsvBar[] {
  const all = loadBars(symbol);
  if (!all) throw new Error(`no shared data for ${symbol}`);
  const dates = new Set<string>();
  for (const r of server.chartRequests) {
    if (r.symbol !== symbol || r.status !== 200) continue;
    for (const b of barsForQuery(all, r.query)) dates.add(b.date);
  }
  if (dates.size === 0) throw new Error(`the extension never fetched ${symbol}`);
  return all.filter((b) => dates.has(b.date));
}

const toCore = (bars: CsvBar[]) => bars.map((b) => ({ date: b.date, close: b.close, adjClose: b.adjClose }));

/** X (as "small") vs the benchmark (as "large"), like the extension's worker. */
export function expectedReport(server: FixtureServer, symbol: string, benchmark = 'SPY', options: ReportOptions = {}): RotationReport {
  return computeReport(
    { symbol, bars: toCore(servedBars(server, symbol)) },
    { symbol: benchmark, bars: toCore(servedBars(server, benchmark)) },
    { window: 252, seriesLength: 252, ...options },
  );
}
