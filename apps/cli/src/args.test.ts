import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';
import { UsageError } from './errors.ts';

const usage = (argv: string[]): string => {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).exitCode).toBe(2);
    return (e as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

describe('parseArgs', () => {
  it('parses a full report command with defaults filled', () => {
    expect(parseArgs(['report', '--small', 'iwm', '--data', 'd'])).toEqual({
      kind: 'report',
      small: 'IWM',
      episodes: false,
      large: 'SPY',
      data: { kind: 'dir', dir: 'd' },
      window: 252,
      json: false,
      valuation: { kind: 'auto' },
    });
  });

  it('reads the valuation flags: manual P/Es (forward by default), none', () => {
    const manual = parseArgs(['report', '--small', 'IWM', '--pe-small', '15.6', '--pe-large=22.6', '--pe-date', '2026-01-01']);
    expect(manual.kind === 'report' && manual.valuation).toEqual({ kind: 'manual', peSmall: 15.6, peLarge: 22.6, basis: 'forward', date: '2026-01-01' });
    const none = parseArgs(['report', '--small', 'IWM', '--valuation', 'none']);
    expect(none.kind === 'report' && none.valuation).toEqual({ kind: 'none' });
    expect(() => parseArgs(['report', '--small', 'IWM', '--pe-small', '1', '--pe-large', '2', '--pe-date', '2026-02-30'])).toThrow('--pe-date: "2026-02-30" is not a date');
  });

  it('parses --episodes for report and breadth with a watchlist (no --large or --window)', () => {
    expect(parseArgs(['report', '--small', 'IWM', '--episodes', '--data', 'd'])).toMatchObject({ episodes: true });
    expect(parseArgs(['breadth', '--watchlist', 'w.txt', '--data', 'd'])).toMatchObject({ kind: 'breadth', watchlist: 'w.txt' });
    expect(usage(['breadth', '--watchlist', 'w.txt', '--window', '63'])).toMatch(/^unknown flag --window for breadth/);
    expect(usage(['scan', '--watchlist', 'w.txt', '--episodes'])).toMatch(/^unknown flag --episodes for scan/);
    expect(parseArgs(['help', 'breadth'])).toEqual({ kind: 'help', topic: 'breadth' });
  });

  it('accepts --flag=value, booleans, price, as-of and window', () => {
    const cmd = parseArgs(['report', '--small=^RUT', '--large', '^gspc', '--as-of=2024-06-28', '--price', 'close', '--window', '63', '--json', '--data', 'p']);
    expect(cmd).toMatchObject({ small: '^RUT', large: '^GSPC', asOf: '2024-06-28', price: 'close', window: 63, json: true });
  });

  it('defaults to the yahoo provider with cache and reads the key from flag or env', () => {
    expect(parseArgs(['report', '--small', 'IWM'])).toMatchObject({
      data: { kind: 'provider', provider: 'yahoo', offline: false },
    });
    const cmd = parseArgs(['report', '--small', 'IWM', '--provider', 'tiingo', '--offline', '--cache-dir', 'c'], { ROTATION_API_KEY: 'K' });
    expect(cmd).toMatchObject({ data: { kind: 'provider', provider: 'tiingo', offline: true, cacheDir: 'c', apiKey: 'K' } });
    expect(parseArgs(['report', '--small', 'IWM', '--provider', 'tiingo', '--api-key', 'F'], { ROTATION_API_KEY: 'K' })).toMatchObject({ data: { apiKey: 'F' } });
  });

  it('treats --provider csv as --data', () => {
    expect(parseArgs(['report', '--small', 'IWM', '--provider', 'csv', '--data', 'x'])).toMatchObject({ data: { kind: 'dir', dir: 'x' } });
  });

  it('parses scan with --watchlist and --large default', () => {
    expect(parseArgs(['scan', '--watchlist', 'w.txt', '--data', 'd', '--json'])).toMatchObject({ kind: 'scan', watchlist: 'w.txt', large: 'SPY', json: true });
  });

  it('recognises help and version forms', () => {
    expect(parseArgs([])).toEqual({ kind: 'help' });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['help', 'scan'])).toEqual({ kind: 'help', topic: 'scan' });
    expect(parseArgs(['report', '--help'])).toEqual({ kind: 'help', topic: 'report' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-V'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });
});

describe('parseArgs usage errors (exit 2, one line)', () => {
  it.each([
    [['report', '--small', 'IWM', '--colour'], /unknown flag --colour for report \(see rotation report --help\)$/],
    [['report', '--smal', 'IWM'], /^unknown flag --smal for report \(did you mean --small\?\)$/],
    [['report', '--small', 'IWM', '--jsn'], /\(did you mean --json\?\)$/],
    [['scan', '--watchlst', 'w'], /^unknown flag --watchlst for scan \(did you mean --watchlist\?\)$/],
    [['report', '--small', 'IWM', '-json'], /^unexpected argument "-json" \(did you mean --json\?\)$/],
    [['reprot', '--small', 'IWM'], /^unknown command "reprot" \(did you mean report\?\)$/],
    [['--small', 'IWM'], /^--small needs a command first: rotation report --small … /],
    [['--watchlist', 'w.txt'], /^--watchlist needs a command first: rotation scan --watchlist … /],
    [['--verison'], /^unknown flag --verison \(did you mean --version\?\)$/],
    [['report', '--small', 'IWM', '--watchlist', 'w'], /unknown flag --watchlist for report/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--frob'], /unknown flag --frob/],
    [['report', '--large', 'SPY'], /report needs --small/],
    [['scan', '--data', 'd'], /scan needs --watchlist/],
    [['report', '--small'], /--small needs a value/],
    [['report', '--small', '--json'], /--small needs a value/],
    [['report', '--small', 'IWM', '--small', 'IJR'], /given more than once/],
    [['report', '--small', 'IWM', '--json=yes'], /takes no value/],
    [['report', '--small', 'IWM', 'extra'], /unexpected argument "extra"/],
    [['report', '--small', 'IWM', '--', '--json'], /^unexpected argument "--" \(see rotation report --help\)$/],
    [['report', '--small='], /^--small needs a value$/],
    [['report', '--small', 'IWM', '-hx'], /^unexpected argument "-hx"/],
    [['report', '--small', 'I W M'], /not a ticker symbol/],
    [['report', '--small', 'spy'], /^--small and --large are both SPY: compare two different symbols$/],
    [['report', '--small', 'IWM', '--large', 'iwm'], /--small and --large are both IWM/],
    [['report', '--small', 'IWM', '--as-of', '2024-02-30'], /--as-of: "2024-02-30" is not a date/],
    [['report', '--small', 'IWM', '--as-of', '06/28/2024'], /not a date/],
    [['report', '--small', 'IWM', '--window', '19'], /--window: 19 is out of range \(20–10000/],
    [['report', '--small', 'IWM', '--window', '2.5'], /not a whole number/],
    [['report', '--small', 'IWM', '--price', 'open'], /--price: "open" is not one of adjclose, close/],
    [['report', '--small', 'IWM', '--provider', 'bloomberg'], /--provider: "bloomberg" is not one of/],
    [['report', '--small', 'IWM', '--provider', 'csv'], /--provider csv needs --data/],
    [['report', '--small', 'IWM', '--provider', 'yahoo', '--data', 'd'], /cannot be combined with --provider yahoo/],
  ])('%j', (argv, message) => {
    const m = usage(argv);
    expect(m).toMatch(message);
    expect(m).not.toContain('\n');
  });
});
