import { type BreadthResult, breadth, breadthText } from '@rotation-lens/core';
import type { Command } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { describeError, EXIT_DATA } from '../errors.ts';
import { colorWanted, createColors } from '../format/color.ts';
import { wrapLine } from '../format/wrap.ts';
import { openSource } from '../io/open-source.ts';
import type { LoadedSeries } from '../io/series-source.ts';
import { readWatchlist } from '../io/watchlist.ts';

type BreadthCommand = Extract<Command, { kind: 'breadth' }>;

/** The JSON of `rotation breadth`: core's BreadthResult (null when no member counts) and what failed. */
export interface BreadthJson {
  name: string | null;
  symbols: string[];
  breadth: BreadthResult | null;
  errors: { symbol: string; error: string }[];
  source: { label: string; simulated: boolean };
}

function breadthTextOutput(j: BreadthJson, c: ReturnType<typeof createColors>): string {
  const title = `Breadth of ${j.name ?? 'the watchlist'} (${j.symbols.length} symbols)`;
  const b = j.breadth;
  const body = b === null ? ['no member has prices on its last two sessions'] : wrapLine(`  ${breadthText(b)}`, undefined, 2);
  const skipped = b && b.skipped.length > 0 ? wrapLine(`not counted (no bar on ${b.date} and the session before): ${b.skipped.join(', ')}`) : [];
  const banner = j.source.simulated ? [c.yellow(c.bold('SIMULATED DATA — seeded sample, not real prices'))] : [];
  return [
    ...banner,
    c.bold(title),
    '',
    ...body,
    ...skipped.map(c.dim),
    ...j.errors.flatMap((e) => wrapLine(c.red(`${e.symbol}: error: ${e.error}`))),
    '',
    c.dim(`Source: ${j.source.label}${j.source.simulated ? ' (SIMULATED)' : ''}`),
  ].join('\n');
}

/**
 * `rotation breadth`: each watchlist member on its own prices — the share up on the last session, above
 * its 50-day average and at a 52-week high (core `breadth`). A symbol that fails is listed with its error
 * and makes the exit status 1; the others still count.
 */
export async function runBreadth(cmd: BreadthCommand, io: CliIo): Promise<number> {
  const watchlist = await readWatchlist(cmd.watchlist, io.cwd);
  const source = openSource(cmd.data, io);
  const loaded: LoadedSeries[] = [];
  const errors: BreadthJson['errors'] = [];
  for (const symbol of watchlist.symbols) {
    await source.load(symbol).then(
      (s) => loaded.push(s),
      (e: unknown) => errors.push({ symbol, error: describeError(e).message }),
    );
  }
  const result = breadth(loaded, { ...(cmd.asOf ? { asOf: cmd.asOf } : {}), ...(cmd.price ? { price: cmd.price } : {}) });
  const json: BreadthJson = {
    name: watchlist.name,
    symbols: watchlist.symbols,
    breadth: result,
    errors,
    source: { label: source.label, simulated: loaded.some((s) => s.simulated) },
  };
  if (cmd.json) io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else io.stdout(`${breadthTextOutput(json, createColors(colorWanted(io.stdoutIsTTY, io.env)))}\n`);
  for (const e of errors) io.stderr(`rotation: ${e.symbol}: ${e.error}\n`);
  return errors.length > 0 ? EXIT_DATA : 0;
}
