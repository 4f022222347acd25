import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parsePriceCsvDetailed } from '@rotation-lens/market-data';
import { CliError } from '../errors.ts';
import type { SeriesSource } from './series-source.ts';

/** File name of a symbol: the symbol itself (^GSPC → ^GSPC.csv, BRK-B → BRK-B.csv). */
export const csvFileName = (symbol: string): string => `${symbol}.csv`;

const errnoOf = (e: unknown): string | undefined =>
  e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

/**
 * `--data DIR`: reads DIR/<SYMBOL>.csv with the shared CSV parser. A missing folder is "data folder not found";
 * a missing file for a symbol is "unknown symbol" (naming the file looked for); bad rows are CsvErrors that name
 * file and line. All-null Yahoo rows are skipped (the parser's documented rule).
 */
export function createCsvDirSource(dir: string, cwd: string): SeriesSource {
  const root = resolve(cwd, dir);
  let checked: Promise<void> | undefined;
  const checkDir = (): Promise<void> => {
    checked ??= stat(root).then(
      (s) => {
        if (!s.isDirectory()) throw new CliError(`--data: ${dir} is not a folder`);
      },
      () => {
        throw new CliError(`--data: folder not found: ${dir}`);
      },
    );
    return checked;
  };
  return {
    label: `csv files in ${dir}`,
    async load(symbol) {
      await checkDir();
      const file = csvFileName(symbol);
      let text: string;
      try {
        text = await readFile(join(root, file), 'utf8');
      } catch (e) {
        if (errnoOf(e) === 'ENOENT') throw new CliError(`unknown symbol ${symbol}: no file ${file} in ${dir}`);
        throw new CliError(`cannot read ${join(dir, file)}: ${errnoOf(e) ?? String(e)}`);
      }
      const { bars } = parsePriceCsvDetailed(text, file);
      if (bars.length === 0) throw new CliError(`${file} has no price rows`);
      return { symbol, bars, provider: 'csv', simulated: false, stale: false };
    },
  };
}
