import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.ts';
import { parseWatchlist, readWatchlist } from './watchlist.ts';

describe('parseWatchlist', () => {
  it('reads {"name","symbols"} JSON', () => {
    expect(parseWatchlist('{"name":"Smalls","symbols":["iwm","IJR","^rut"]}', 'w.json')).toEqual({ name: 'Smalls', symbols: ['IWM', 'IJR', '^RUT'] });
  });
  it('reads a JSON array and drops duplicates', () => {
    expect(parseWatchlist('["IWM","SPY","IWM"]', 'w.json')).toEqual({ name: null, symbols: ['IWM', 'SPY'] });
  });
  it('reads text with comments, blank lines, CRLF, a header and CSV extra fields', () => {
    const text = 'symbol,name\r\n# small caps\r\nIWM, iShares Russell 2000\r\n\r\nBRK-B   # Berkshire\r\n"^GSPC",index\r\n';
    expect(parseWatchlist(text, 'w.csv').symbols).toEqual(['IWM', 'BRK-B', '^GSPC']);
  });
  it('reads a one-line list of symbols, not just its first one', () => {
    expect(parseWatchlist('IWM, QQQ, AAPL\n', 'w.txt').symbols).toEqual(['IWM', 'QQQ', 'AAPL']);
    expect(parseWatchlist('IWM;QQQ;AAPL', 'w.txt').symbols).toEqual(['IWM', 'QQQ', 'AAPL']);
    expect(parseWatchlist('IWM QQQ AAPL', 'w.txt').symbols).toEqual(['IWM', 'QQQ', 'AAPL']);
    expect(parseWatchlist('\uFEFFIWM\tQQQ\r\n', 'w.txt').symbols).toEqual(['IWM', 'QQQ']);
  });
  it('keeps the first field of a single CSV row with a description or under a header', () => {
    expect(parseWatchlist('IWM,iShares Russell 2000', 'w.csv').symbols).toEqual(['IWM']);
    expect(parseWatchlist('Ticker,Name\nIWM,Small', 'w.csv').symbols).toEqual(['IWM']);
  });
  it('names the line of a junk entry in a text file', () => {
    expect(() => parseWatchlist('IWM\n\n$$$\nAAPL\n', 'w.txt')).toThrow('w.txt line 3: "$$$" is not a ticker symbol');
  });
  it.each([
    ['{"symbols": "IWM"}', /expected \{"name"/],
    ['[1, 2]', /entry 1 is not a symbol string/],
    ['["IWM", "no way"]', /not a ticker symbol/],
    ['# only comments\n', /has no symbols/],
    ['{"symbols": [', /not valid JSON/],
  ])('rejects %j', (text, message) => {
    expect(() => parseWatchlist(text, 'w')).toThrow(CliError);
    expect(() => parseWatchlist(text, 'w')).toThrow(message);
  });
});

describe('readWatchlist', () => {
  it('reads a file relative to cwd and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-wl-'));
    writeFileSync(join(dir, 'w.txt'), 'IWM\nSPY\n');
    await expect(readWatchlist('w.txt', dir)).resolves.toEqual({ name: null, symbols: ['IWM', 'SPY'] });
    await expect(readWatchlist('nope.txt', dir)).rejects.toThrow('--watchlist: file not found: nope.txt');
    await expect(readWatchlist('.', dir)).rejects.toThrow('--watchlist: . is a folder, not a file');
  });
});
