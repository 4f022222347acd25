import { DEFAULT_REQUEST_TIMEOUT_MS } from '@rotation-lens/market-data';
import { type CommandName, DEFAULT_LARGE, DEFAULT_WINDOW } from './args.ts';
import { MAX_TIMEOUT_S, MAX_WINDOW, MIN_TIMEOUT_S, MIN_WINDOW, PROVIDERS } from './flag-values.ts';
import { LOAD_BUDGET_REQUESTS } from './io/network-deadline.ts';

// Every line of help fits an 80-column terminal (help.test.ts checks it).

const DATA_FLAGS = `Data (choose one source; default --provider yahoo):
  --data DIR          read DIR/<SYMBOL>.csv: Yahoo export (Date,Open,High,Low,
                      Close,Adj Close,Volume) or date,open,high,low,close,volume
                      (^GSPC -> ^GSPC.csv, BRK-B -> BRK-B.csv)
  --provider NAME     ${PROVIDERS.join('|')}
                      "sample": offline seeded simulator (labelled SIMULATED)
                      "csv": the same as --data (needs it)
  --api-key KEY       key for stooq, alphavantage, tiingo, twelvedata; never
                      printed. Prefer env ROTATION_API_KEY=KEY: a flag shows
                      in \`ps\` to other users of the machine
  --cache-dir DIR     price cache (default $XDG_CACHE_HOME/rotation-lens,
                      else ~/.cache/rotation-lens)
  --offline           never touch the network: cached prices only
  --timeout SECONDS   deadline of each request, whole answer included
                      (default ${DEFAULT_REQUEST_TIMEOUT_MS / 1000}, ${MIN_TIMEOUT_S}–${MAX_TIMEOUT_S}); a symbol gets at most ${LOAD_BUDGET_REQUESTS}× that.
                      On a timeout or failure the cached prices are used,
                      marked stale; a rate-limit wait is said on stderr, or
                      fails at once when longer than the deadline

Computation:
  --as-of YYYY-MM-DD  compute as of that date; a weekend or holiday means the
                      last session before it
  --price KIND        adjclose or close (default adjclose when every bar has it)
  --window N          correlation / beta / volatility window in sessions
                      (default ${DEFAULT_WINDOW}, ${MIN_WINDOW}–${MAX_WINDOW})
  --json              print JSON (numbers are fractions: 0.05 = 5%)
  -h, --help          help for the command`;

const COMMON_USAGE = '[--large SYMBOL] [data flags]\n         [--as-of DATE] [--price KIND] [--window N] [--json]';

export const MAIN_HELP = `rotation — small-cap vs large-cap rotation (e.g. IWM vs SPY) in the terminal

Usage:
  rotation report --small SYMBOL ${COMMON_USAGE}
  rotation scan --watchlist FILE ${COMMON_USAGE}
  rotation breadth --watchlist FILE [data flags] [--as-of DATE] [--json]
  rotation help [report|scan|breadth] | rotation <command> --help
  rotation --version

Commands:
  report   the verdict (small-cap leadership, large-cap leadership or neutral)
           with its evidence, what followed similar setups since the data
           begins, then returns, relative strength, streak, RSI,
           correlation, beta, volatility, drawdowns and total return
  scan     each watchlist symbol against --large: 3M relative strength,
           RS rating, streak, RSI, 1Y return
  breadth  the share of a watchlist up on the last session, above its
           50-day average and at a 52-week high

${DATA_FLAGS}

Examples:
  rotation report --small IWM --large SPY --data ../shared/data/prices
  rotation report --small ^RUT --large ^GSPC --data ./prices --as-of 2024-06-28
  rotation report --small IWM --provider sample
  rotation scan --watchlist watchlist.txt --large SPY --data ./prices

Exit status: 0 ok; 1 data problem (missing file, bad CSV row, unknown symbol,
offline without cache); 2 usage problem (unknown flag, bad value).
Errors are one line on stderr: "rotation: <what is wrong>".
Colour only when stdout is a terminal and NO_COLOR is not set.`;

export const REPORT_HELP = `rotation report — the rotation report for one small/large pair

Usage:
  rotation report --small SYMBOL ${COMMON_USAGE}
         [--pe-small X --pe-large Y | --valuation none]

Pair:
  --small SYMBOL      the small-cap side (e.g. IWM, ^RUT, IJR) — required
  --large SYMBOL      the large-cap side (default ${DEFAULT_LARGE}; e.g. ^GSPC, VOO)
  --episodes          also list every episode of each study (text output)

Valuation (first that applies):
  --pe-small X --pe-large Y   your own P/Es (--pe-basis forward|trailing,
                      default forward; --pe-date YYYY-MM-DD, default as-of)
  --provider yahoo    online: the live Yahoo trailing P/E reading, fetched at
                      most once per session after the close and kept in the
                      cache (--offline: the last kept one)
  otherwise           the latest reading of the pair on or before the as-of
                      date (published January 2026 figures are shipped)
  --valuation none    no valuation
  A reading more than 45 days old is marked stale.

${DATA_FLAGS}

Text output: the verdict first (label, score, evidence, warnings), then "What
followed": a record close or 52-week high of the small side, and for each study
that applies today (streak, RSI zone, breakout, first five days) how often the
small side led over the next 3 months after earlier such setups, against all
3-month windows — context, not a vote. Then returns
per window (1W 1M 3M 6M YTD 1Y), relative strength (ratio change and return
spread per window, Mansfield), streak with "longest since", RSI(14),
correlation with its 5-year band, beta, volatility, max drawdowns, total
return, the valuation (P/E discount, its date, rank and source), as-of and
source (and a "Stale:" line when cached prices are old).
JSON output: the core RotationReport (with "analogs": every study's episodes,
horizons and baseline, and "valuation": {peSmall, peLarge, discount, basis,
date, source, stale, percentile?, readings?, …} or null) plus "source":
{provider, simulated, asOf, stale, staleReason?, requestedAsOf?, label}.

Examples:
  rotation report --small IWM --large SPY --data ../shared/data/prices
  rotation report --small IWM --data ./prices --as-of 2020-03-23 --window 63
  rotation report --small ^RUT --large ^GSPC --data ./prices --json
  rotation report --small IWM --provider yahoo --cache-dir /tmp/rl-cache
  ROTATION_API_KEY=KEY rotation report --small IWM --provider tiingo
  rotation report --small IWM --timeout 5          (give up on the network
                                                    after 5 s per request)
  rotation report --small IWM --offline          (cached prices only)
  rotation report --small IWM --provider sample  (simulator, labelled SIMULATED)`;

export const SCAN_HELP = `rotation scan — a watchlist against one large-cap benchmark

Usage:
  rotation scan --watchlist FILE ${COMMON_USAGE}

  --watchlist FILE    JSON {"name": "...", "symbols": ["IWM", ...]} or
                      ["IWM", ...]; or text / CSV, one symbol per line (the
                      first field; "#" starts a comment; a "symbol" or
                      "ticker" header is skipped); a file of one line may list
                      several symbols: IWM, QQQ, AAPL
  --large SYMBOL      the benchmark (default ${DEFAULT_LARGE})

${DATA_FLAGS}

Columns: RS 3M (ratio change vs the benchmark over 63 sessions), RS rating
(1–99 percentile within the watchlist of 0.4·C/C63 + 0.2·C/C126 + 0.2·C/C189
+ 0.2·C/C252), streak (sessions beating (+) or trailing (−) the benchmark),
RSI(14), 1Y return. A progress bar goes to stderr when stderr is a terminal.
A symbol that fails (missing file, unknown symbol) is listed under the table
with its error, and the exit status is 1.

Examples:
  rotation scan --watchlist watchlist.txt --data ../shared/data/prices
  rotation scan --watchlist list.json --large ^GSPC --data ./prices --json`;

export const BREADTH_HELP = `rotation breadth — how broad a watchlist's move is

Usage:
  rotation breadth --watchlist FILE [data flags] [--as-of DATE] [--price KIND]
                   [--json]

  --watchlist FILE    the same formats as rotation scan

${DATA_FLAGS.replace(/\n {2}--window N[^\n]*\n[^\n]*\n/, '\n')}

Each member on its own prices, on the latest session among them: the share up
on that session, above its 50-day average (mean of the last 50 closes) and at
a 52-week high (the highest close of 252 sessions). A member without a bar on
that session and the one before is named, not counted; one too short for the
average or the high is left out of that share only. A symbol that fails is
listed with its error, and the exit status is 1.

Examples:
  rotation breadth --watchlist watchlist.txt --data ../shared/data/prices
  rotation breadth --watchlist list.json --data ./prices --as-of 2024-06-28`;

export function helpText(topic?: CommandName): string {
  if (topic === 'report') return REPORT_HELP;
  if (topic === 'scan') return SCAN_HELP;
  if (topic === 'breadth') return BREADTH_HELP;
  return MAIN_HELP;
}
