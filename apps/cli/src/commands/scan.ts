import type { Command } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { earliestDate } from '../date-order.ts';
import { describeError, EXIT_DATA } from '../errors.ts';
import { colorWanted, createColors } from '../format/color.ts';
import { capFailures, moreFailedLine } from '../format/failure-list.ts';
import { createProgress } from '../format/progress.ts';
import { staleLines } from '../format/report-text.ts';
import { formatScanText } from '../format/scan-text.ts';
import { openSource } from '../io/open-source.ts';
import type { LoadedSeries } from '../io/series-source.ts';
import { readWatchlist } from '../io/watchlist.ts';
import { scanDate, scanRows } from './scan-rows.ts';

type ScanCommand = Extract<Command, { kind: 'scan' }>;

/**
 * `rotation scan`: loads the benchmark (its failure ends the scan), then each watchlist symbol in order with a
 * progress bar on a terminal's stderr. A symbol that fails becomes a row with its error and makes the exit 1;
 * stderr names the first LISTED_FAILURES and counts the rest.
 */
export async function runScan(cmd: ScanCommand, io: CliIo): Promise<number> {
  const watchlist = await readWatchlist(cmd.watchlist, io.cwd);
  const source = openSource(cmd.data, io);
  const large = await source.load(cmd.large);
  const progress = createProgress(watchlist.symbols.length, io.stderr, io.stderrIsTTY);
  const loaded: (LoadedSeries | { symbol: string; error: string })[] = [];
  for (const [i, symbol] of watchlist.symbols.entries()) {
    progress.update(i, symbol);
    loaded.push(await source.load(symbol).catch((e: unknown) => ({ symbol, error: describeError(e).message })));
  }
  progress.done();
  const rows = scanRows(loaded, large, { window: cmd.window, ...(cmd.asOf ? { asOf: cmd.asOf } : {}), ...(cmd.price ? { price: cmd.price } : {}) });
  const simulated = large.simulated || loaded.some((s) => 'simulated' in s && s.simulated);
  const stale = [large, ...loaded].filter((s): s is LoadedSeries => 'stale' in s && s.stale);
  const staleNote = stale.length === 0 ? [] : staleLines(earliestDate(stale.map((s) => s.bars.at(-1)!.date)), stale[0]!.staleReason);
  if (cmd.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const colors = createColors(colorWanted(io.stdoutIsTTY, io.env));
    io.stdout(`${formatScanText(rows, { name: watchlist.name, large: cmd.large, asOf: scanDate(large, cmd.asOf), sourceLabel: source.label, simulated, staleNote, ...(cmd.asOf ? { requestedAsOf: cmd.asOf } : {}) }, colors)}\n`);
  }
  const failed = rows.filter((r) => r.error);
  const { shown, more } = capFailures(failed);
  for (const r of shown) io.stderr(`rotation: ${r.symbol}: ${r.error}\n`);
  if (more > 0) io.stderr(`rotation: ${moreFailedLine(more)}\n`);
  return failed.length > 0 ? EXIT_DATA : 0;
}
