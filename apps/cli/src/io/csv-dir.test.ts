import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvError } from '@rotation-lens/market-data';
import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.ts';
import { createCsvDirSource, csvFileName } from './csv-dir.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-csv-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('createCsvDirSource', () => {
  it('maps symbols to file names verbatim', () => {
    expect(csvFileName('^GSPC')).toBe('^GSPC.csv');
    expect(csvFileName('BRK-B')).toBe('BRK-B.csv');
  });

  it('loads DIR/<SYMBOL>.csv as csv bars, including ^ symbols', async () => {
    const dir = folder({ '^RUT.csv': 'Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,1,1,1,2,2,0\n' });
    const s = await createCsvDirSource(dir, '/').load('^RUT');
    expect(s).toEqual({ symbol: '^RUT', bars: [{ date: '2024-01-02', open: 1, high: 1, low: 1, close: 2, adjClose: 2, volume: 0 }], provider: 'csv', simulated: false, stale: false });
  });

  it('says unknown symbol for a missing file, folder not found for a missing folder', async () => {
    const dir = folder({});
    await expect(createCsvDirSource(dir, '/').load('ZZZ')).rejects.toThrow(new CliError(`unknown symbol ZZZ: no file ZZZ.csv in ${dir}`));
    await expect(createCsvDirSource('no/such/dir', '/tmp').load('IWM')).rejects.toThrow('--data: folder not found: no/such/dir');
  });

  it('passes CsvError through with file and line', async () => {
    const dir = folder({ 'X.csv': 'date,close\n2024-01-02,1\n2024-01-03,oops\n', 'E.csv': 'date,close\n' });
    const err = await createCsvDirSource(dir, '/').load('X').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvError);
    expect((err as CsvError).message).toBe('bad CSV row in X.csv line 3 (Close): not a number: "oops"');
    await expect(createCsvDirSource(dir, '/').load('E')).rejects.toThrow('E.csv has no price rows');
  });
});
