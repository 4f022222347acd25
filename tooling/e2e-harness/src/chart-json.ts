/**
 * Converts real CSV history into the Yahoo chart v8 JSON the extension's Yahoo provider reads, as
 * `GET /v8/finance/chart/{SYMBOL}?period1=&period2=&interval=1d` answers it:
 * `{chart:{result:[{meta, timestamp, indicators:{quote:[{open,high,low,close,volume}], adjclose:[{adjclose}]}}], error:null}}`.
 * Timestamps are the session open (09:30 New York) in UTC seconds. A range with no bars has no
 * `timestamp` (like Yahoo). Unknown symbols get Yahoo's 404 body.
 */
import type { CsvBar } from './csv.ts';
import { nyDate, nyGmtOffset, sessionOpenUtcSeconds } from './ny-time.ts';

export interface ChartQuery {
  /** Inclusive lower bound, UTC seconds. */
  period1?: number;
  /** Inclusive upper bound, UTC seconds. */
  period2?: number;
  /** Yahoo's alternative to period1/period2: '1y', '5y', 'max', … counted back from `now`. */
  range?: string;
}

export const YAHOO_NOT_FOUND = {
  chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } },
};

const ETFS = new Set(['SPY', 'IWM', 'QQQ', 'DIA', 'VOO', 'XLF', 'XLK', 'TLT', 'IJR', 'VB', 'IVV']);

export function instrumentType(symbol: string): 'INDEX' | 'ETF' | 'EQUITY' {
  if (symbol.startsWith('^')) return 'INDEX';
  return ETFS.has(symbol) ? 'ETF' : 'EQUITY';
}

const RANGE_DAYS: Record<string, number> = { '1d': 1, '5d': 5, '1mo': 31, '3mo': 92, '6mo': 183, '1y': 366, '2y': 731, '5y': 1827, '10y': 3653 };

/** Parses the query string of a chart request. Non-numeric periods are ignored (Yahoo answers 400; see server). */
export function parseChartQuery(params: URLSearchParams): ChartQuery {
  const q: ChartQuery = {};
  const p1 = params.get('period1');
  const p2 = params.get('period2');
  if (p1 !== null && /^-?\d+$/.test(p1)) q.period1 = Number(p1);
  if (p2 !== null && /^-?\d+$/.test(p2)) q.period2 = Number(p2);
  const range = params.get('range');
  if (range) q.range = range;
  return q;
}

/** A bound of a period: its instant (UTC seconds) and the New York date it falls on. */
interface Bound {
  t: number;
  day: string;
}

// Only a bar dated on the bound's own New York day needs its open time: any other opens a whole day before or after.
const opensAtOrAfter = (date: string, b: Bound) => (date === b.day ? sessionOpenUtcSeconds(date) >= b.t : date > b.day);
const opensAtOrBefore = (date: string, b: Bound) => (date === b.day ? sessionOpenUtcSeconds(date) <= b.t : date < b.day);

/**
 * The bars a query selects, as Yahoo selects them: by period, the bars whose timestamp (the session
 * open, 09:30 New York, as the answer carries it) lies in period1..period2 inclusive — so a period1 at
 * midnight UTC of a session date starts at that session, not at the one before it, whose New York date
 * that midnight still is; else by range, the New York dates counted back from `now`. The e2e tests use
 * this same function to know which bars the extension got.
 */
export function barsForQuery(bars: readonly CsvBar[], q: ChartQuery, now: Date = new Date()): CsvBar[] {
  if (q.period1 !== undefined || q.period2 !== undefined) {
    const from = q.period1 === undefined ? null : { t: q.period1, day: nyDate(q.period1) };
    const to = q.period2 === undefined ? null : { t: q.period2, day: nyDate(q.period2) };
    return bars.filter((b) => (!from || opensAtOrAfter(b.date, from)) && (!to || opensAtOrBefore(b.date, to)));
  }
  if (!q.range || q.range === 'max' || RANGE_DAYS[q.range] === undefined) return [...bars];
  const from = nyDate(now.getTime() / 1000 - RANGE_DAYS[q.range]! * 86_400);
  return bars.filter((b) => b.date >= from);
}

/** The chart JSON for one symbol's selected bars (`all` = its whole history, for meta). */
export function toChartJson(symbol: string, all: readonly CsvBar[], selected: readonly CsvBar[]): unknown {
  const last = all.at(-1);
  const first = all[0];
  const lastTs = last ? sessionOpenUtcSeconds(last.date) : 0;
  const meta = {
    currency: 'USD',
    symbol,
    exchangeName: symbol.startsWith('^') ? 'SNP' : 'PCX',
    fullExchangeName: symbol.startsWith('^') ? 'SNP' : 'NYSEArca',
    instrumentType: instrumentType(symbol),
    firstTradeDate: first ? sessionOpenUtcSeconds(first.date) : null,
    regularMarketTime: lastTs + 6.5 * 3600,
    hasPrePostMarketData: !symbol.startsWith('^'),
    gmtoffset: nyGmtOffset(lastTs),
    timezone: nyGmtOffset(lastTs) === -14400 ? 'EDT' : 'EST',
    exchangeTimezoneName: 'America/New_York',
    regularMarketPrice: last?.close ?? null,
    chartPreviousClose: selected.length > 1 ? selected.at(-2)!.close : (last?.close ?? null),
    priceHint: 2,
    dataGranularity: '1d',
    range: '',
    validRanges: ['1d', '5d', '1mo', '3mo', '6mo', '1y', '2y', '5y', '10y', 'ytd', 'max'],
  };
  if (selected.length === 0) {
    return { chart: { result: [{ meta, indicators: { quote: [{}], adjclose: [{}] } }], error: null } };
  }
  return {
    chart: {
      result: [
        {
          meta,
          timestamp: selected.map((b) => sessionOpenUtcSeconds(b.date)),
          indicators: {
            quote: [
              {
                open: selected.map((b) => b.open),
                high: selected.map((b) => b.high),
                low: selected.map((b) => b.low),
                close: selected.map((b) => b.close),
                volume: selected.map((b) => b.volume),
              },
            ],
            adjclose: [{ adjclose: selected.map((b) => b.adjClose) }],
          },
        },
      ],
      error: null,
    },
  };
}
