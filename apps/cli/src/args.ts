import { type ParseArgsConfig, parseArgs as parseArgv } from 'node:util';
import type { PriceField } from '@rotation-lens/core';
import { didYouMean } from './did-you-mean.ts';
import { UsageError } from './errors.ts';
import { DEFAULT_REQUEST_TIMEOUT_MS, quoteInput } from '@rotation-lens/market-data';
import { parseValuationFlags, VALUATION_FLAGS, type ValuationSpec } from './valuation-flags.ts';
import { type ProviderName, parseDateFlag, parsePriceFlag, parseProviderFlag, parseSymbolFlag, parseTimeoutFlag, parseWindowFlag } from './flag-values.ts';

/** Where prices come from: a folder of CSV files, or a market-data provider (with the file cache). */
export type DataSpec =
  | { kind: 'dir'; dir: string }
  | {
      kind: 'provider';
      provider: Exclude<ProviderName, 'csv'>;
      apiKey?: string;
      cacheDir?: string;
      offline: boolean;
      /** Deadline of each HTTP request, body included (--timeout, default 15 s). */
      timeoutMs: number;
    };

/** Flags shared by `report` and `scan`. */
export interface CommonOptions {
  large: string;
  data: DataSpec;
  asOf?: string;
  price?: PriceField;
  window: number;
  json: boolean;
}

export type CommandName = 'report' | 'scan' | 'breadth';

export type Command =
  | { kind: 'help'; topic?: CommandName }
  | { kind: 'version' }
  | ({ kind: 'report'; small: string; episodes: boolean; valuation: ValuationSpec } & CommonOptions)
  | ({ kind: 'scan'; watchlist: string } & CommonOptions)
  | ({ kind: 'breadth'; watchlist: string } & CommonOptions);

/** Flags without a value; every other allowed flag takes one (`--flag value` or `--flag=value`). */
const BOOLEAN_FLAGS = new Set(['json', 'offline', 'help', 'episodes']);
const COMMON = ['large', 'data', 'provider', 'as-of', 'price', 'window', 'api-key', 'cache-dir', 'timeout', 'json', 'offline', 'help'];
const ALLOWED: Record<CommandName, Set<string>> = {
  report: new Set(['small', 'episodes', ...VALUATION_FLAGS, ...COMMON]),
  scan: new Set(['watchlist', ...COMMON]),
  // Breadth has no benchmark and no window: each member is measured on its own prices.
  breadth: new Set(['watchlist', ...COMMON.filter((f) => f !== 'large' && f !== 'window')]),
};

export const DEFAULT_WINDOW = 252;
export const DEFAULT_LARGE = 'SPY';

type RawFlags = Map<string, string | true>;
type ArgToken = NonNullable<ReturnType<typeof parseArgv>['tokens']>[number];

/** Each command's flags as `node:util` parseArgs options: booleans take no value, the rest one string. */
const OPTIONS = Object.fromEntries(
  (Object.keys(ALLOWED) as CommandName[]).map((command) => [
    command,
    Object.fromEntries(
      [...ALLOWED[command]].map((name) => [name, { type: BOOLEAN_FLAGS.has(name) ? 'boolean' : 'string', ...(name === 'help' ? { short: 'h' } : {}) }]),
    ),
  ]),
) as Record<CommandName, ParseArgsConfig['options']>;

/** One token checked: its flag name and value, or the usage error it deserves (thrown). */
function checkToken(token: ArgToken, args: string[], command: CommandName): [string, string | true] {
  if (token.kind !== 'option' || !(token.rawName.startsWith('--') || token.rawName === '-h')) {
    // A positional, `--`, or a single-dash word such as `-json` (parseArgs splits it into short flags).
    const arg = args[token.index]!;
    const single = /^-[a-z][a-z-]+$/.test(arg) && ALLOWED[command].has(arg.slice(1)) ? ` (did you mean -${arg}?)` : '';
    throw new UsageError(`unexpected argument ${quoteInput(arg)}${single || ` (see rotation ${command} --help)`}`);
  }
  const { name, value, inlineValue } = token;
  if (!ALLOWED[command].has(name)) {
    const hint = didYouMean(name, [...ALLOWED[command]], '--') || ` (see rotation ${command} --help)`;
    throw new UsageError(`unknown flag --${name} for ${command}${hint}`);
  }
  if (BOOLEAN_FLAGS.has(name)) {
    if (value !== undefined) throw new UsageError(`--${name} takes no value`);
    return [name, true];
  }
  // parseArgs takes the next argument as the value whatever it is; a flag there means the value is missing.
  if (value === undefined || value === '' || (!inlineValue && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
  return [name, value];
}

/** Reads `--name value`, `--name=value` and booleans (node:util parseArgs); rejects unknown, repeated and value-less flags. */
function readFlags(args: string[], command: CommandName): RawFlags {
  const { tokens } = parseArgv({ args, options: OPTIONS[command], strict: false, allowPositionals: true, tokens: true });
  const flags: RawFlags = new Map();
  for (const token of tokens) {
    const [name, value] = checkToken(token, args, command);
    if (flags.has(name)) throw new UsageError(`--${name} given more than once`);
    flags.set(name, value);
  }
  return flags;
}

const str = (flags: RawFlags, name: string): string | undefined => {
  const v = flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

function readDataSpec(flags: RawFlags, env: Record<string, string | undefined>): DataSpec {
  const dir = str(flags, 'data');
  const providerRaw = str(flags, 'provider');
  const provider = providerRaw === undefined ? undefined : parseProviderFlag(providerRaw);
  const apiKey = str(flags, 'api-key') ?? (env.ROTATION_API_KEY || undefined);
  const cacheDir = str(flags, 'cache-dir');
  const timeout = str(flags, 'timeout');
  const timeoutMs = timeout === undefined ? DEFAULT_REQUEST_TIMEOUT_MS : parseTimeoutFlag(timeout);
  if (dir !== undefined || provider === 'csv') {
    if (dir === undefined) throw new UsageError('--provider csv needs --data DIR');
    if (provider !== undefined && provider !== 'csv') throw new UsageError(`--data reads CSV files; it cannot be combined with --provider ${provider}`);
    return { kind: 'dir', dir };
  }
  return {
    kind: 'provider',
    provider: provider ?? 'yahoo',
    offline: flags.has('offline'),
    timeoutMs,
    ...(apiKey ? { apiKey } : {}),
    ...(cacheDir ? { cacheDir } : {}),
  };
}

function readCommon(flags: RawFlags, env: Record<string, string | undefined>): CommonOptions {
  const asOf = str(flags, 'as-of');
  const price = str(flags, 'price');
  const window = str(flags, 'window');
  return {
    large: parseSymbolFlag(str(flags, 'large') ?? DEFAULT_LARGE, '--large'),
    data: readDataSpec(flags, env),
    window: window === undefined ? DEFAULT_WINDOW : parseWindowFlag(window),
    json: flags.has('json'),
    ...(asOf === undefined ? {} : { asOf: parseDateFlag(asOf, '--as-of') }),
    ...(price === undefined ? {} : { price: parsePriceFlag(price) }),
  };
}

const COMMANDS = ['report', 'scan', 'breadth', 'help'];
const isCommand = (name: string | undefined): name is CommandName => name === 'report' || name === 'scan' || name === 'breadth';

const unknownCommand = (name: string): UsageError =>
  new UsageError(`unknown command ${quoteInput(name)}${didYouMean(name, COMMANDS) || ' (commands: report, scan, breadth)'}`);

/** Before the command only --help / --version exist; a command's flag there means the command was forgotten. */
function unknownTopLevelFlag(arg: string): UsageError {
  const name = arg.replace(/^--?/, '').split('=', 1)[0]!;
  const cmd = (['report', 'scan', 'breadth'] as const).find((c) => ALLOWED[c].has(name));
  if (cmd !== undefined) {
    return new UsageError(`${arg} needs a command first: rotation ${cmd} ${arg} … (see rotation --help)`);
  }
  return new UsageError(`unknown flag ${arg}${didYouMean(name, ['help', 'version'], '--') || ' (see rotation --help)'}`);
}

/** Parses argv (without node and script). Throws UsageError with a one-line message. */
export function parseArgs(argv: string[], env: Record<string, string | undefined> = {}): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { kind: 'help' };
  if (first === '--version' || first === '-V' || first === '-v') return { kind: 'version' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'help' };
    if (isCommand(topic)) return { kind: 'help', topic };
    throw unknownCommand(topic);
  }
  if (!isCommand(first)) {
    if (first.startsWith('-')) throw unknownTopLevelFlag(first);
    throw unknownCommand(first);
  }
  const flags = readFlags(rest, first);
  if (flags.has('help')) return { kind: 'help', topic: first };
  if (first === 'report') {
    const small = str(flags, 'small');
    if (small === undefined) throw new UsageError('report needs --small SYMBOL (e.g. --small IWM)');
    const common = readCommon(flags, env);
    const smallSymbol = parseSymbolFlag(small, '--small');
    if (smallSymbol === common.large) throw new UsageError(`--small and --large are both ${smallSymbol}: compare two different symbols`);
    const valuation = parseValuationFlags((name) => str(flags, name));
    return { kind: 'report', small: smallSymbol, episodes: flags.has('episodes'), ...common, valuation };
  }
  const watchlist = str(flags, 'watchlist');
  if (watchlist === undefined) throw new UsageError(`${first} needs --watchlist FILE`);
  return { kind: first, watchlist, ...readCommon(flags, env) };
}
