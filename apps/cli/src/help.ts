import { DEFAULT_LARGE, DEFAULT_WINDOW } from './args.ts';
import { MAX_WINDOW, MIN_WINDOW, PROVIDERS } from './flag-values.ts';

const DATA_FLAGS = `Data (choose one source; default --provider yahoo):
  --data DIR            read DIR/<SYMBOL>.csv (Yahoo export Date,Open,High,Low,Close,Adj Close,Volume
                        or date,open,high,low,close,volume; ^GSPC -> ^GSPC.csv, BRK-B -> BRK-B.csv)
  --provider NAME       ${PROVIDERS.join('|')}; "sample" is the offline seeded simulator
                        (labelled SIMULATED); "csv" is the same as --data and needs it
  --api-key KEY         key for stooq, alphavantage, tiingo, twelvedata (or env ROTATION_API_KEY)
  --cache-dir DIR       price cache (default $XDG_CACHE_HOME/rotation-lens or ~/.cache/rotation-lens)
  --offline             never touch the network: use cached prices only

Computation:
  --as-of YYYY-MM-DD    compute as of that date (the last session on or before it)
  --price adjclose|close   price field (default adjclose when every bar has it, else close)
  --window N            correlation / beta / volatility window in sessions (default ${DEFAULT_WINDOW}, ${MIN_WINDOW}–${MAX_WINDOW})
  --json                print JSON (numbers are fractions: 0.05 = 5%) instead of text
  -h, --help            help for the command`;

export const MAIN_HELP = `rotation — small-cap vs large-cap rotation (e.g. IWM vs SPY) in the terminal

Usage:
  rotation report --small SYMBOL [--large SYMBOL] [data flags] [--as-of DATE] [--price adjclose|close] [--window N] [--json]
  rotation scan --watchlist FILE [--large SYMBOL] [data flags] [--as-of DATE] [--price adjclose|close] [--window N] [--json]
  rotation help [report|scan]  |  rotation <command> --help  |  rotation --version

Commands:
  report   verdict (small-cap leadership / large-cap leadership / neutral) with its evidence, then returns,
           relative strength, streak, RSI, correlation, beta, volatility, drawdowns and total return
  scan     every symbol of a watchlist against --large: 3M relative strength, RS rating, streak, RSI, 1Y return

${DATA_FLAGS}

Examples:
  rotation report --small IWM --large SPY --data ../shared/data/prices
  rotation report --small ^RUT --large ^GSPC --data ./prices --as-of 2024-06-28 --price close --json
  rotation report --small IWM --provider sample
  rotation scan --watchlist watchlist.txt --large SPY --data ./prices

Exit status: 0 ok, 1 data problem (missing file, bad CSV row, unknown symbol, offline without cache),
2 usage problem (unknown flag, bad value). Errors are one line on stderr: "rotation: <what is wrong>".
Colour only when stdout is a terminal and NO_COLOR is not set.`;

export const REPORT_HELP = `rotation report — the rotation report for one small/large pair

Usage:
  rotation report --small SYMBOL [--large SYMBOL] [data flags] [--as-of DATE] [--price adjclose|close] [--window N] [--json]

Pair:
  --small SYMBOL        the small-cap side (e.g. IWM, ^RUT, IJR) — required
  --large SYMBOL        the large-cap side (default ${DEFAULT_LARGE}; e.g. ^GSPC, VOO)

${DATA_FLAGS}

Text output: verdict first (label, score, evidence, warnings), then returns per window (1W 1M 3M 6M YTD 1Y),
relative strength (ratio change and return spread per window, Mansfield), streak with "longest since",
RSI(14), correlation with its 5-year band, beta, volatility, max drawdowns, total return, as-of and source.
JSON output: the core RotationReport plus "source": {"provider", "simulated", "asOf"}.

Examples:
  rotation report --small IWM --large SPY --data ../shared/data/prices
  rotation report --small IWM --large SPY --data ../shared/data/prices --as-of 2020-03-23 --window 63
  rotation report --small ^RUT --large ^GSPC --data ./prices --price close --json
  rotation report --small IWM --provider yahoo --cache-dir /tmp/rl-cache
  rotation report --small IWM --offline          (cached prices only)
  rotation report --small IWM --provider sample  (offline simulator, labelled SIMULATED)`;

export const SCAN_HELP = `rotation scan — a watchlist against one large-cap benchmark

Usage:
  rotation scan --watchlist FILE [--large SYMBOL] [data flags] [--as-of DATE] [--price adjclose|close] [--window N] [--json]

  --watchlist FILE      JSON {"name": "...", "symbols": ["IWM", ...]} or ["IWM", ...], or text/CSV with one
                        symbol per line (first field of the line; "#" starts a comment; a "symbol" header is skipped)
  --large SYMBOL        the benchmark (default ${DEFAULT_LARGE})

${DATA_FLAGS}

Columns: RS 3M (ratio change vs the benchmark over 63 sessions), RS rating (1–99 percentile within the
watchlist of 0.4·C/C63 + 0.2·C/C126 + 0.2·C/C189 + 0.2·C/C252), streak (sessions beating (+) or trailing (−)
the benchmark), RSI(14), 1Y return. A progress bar goes to stderr when stderr is a terminal.
A symbol that fails (missing file, unknown symbol) is listed with its error and the exit status is 1.

Examples:
  rotation scan --watchlist watchlist.txt --data ../shared/data/prices
  rotation scan --watchlist watchlist.json --large ^GSPC --data ./prices --as-of 2024-06-28 --json`;

export function helpText(topic?: 'report' | 'scan'): string {
  if (topic === 'report') return REPORT_HELP;
  if (topic === 'scan') return SCAN_HELP;
  return MAIN_HELP;
}
