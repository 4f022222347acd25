/**
 * Yahoo Finance chart v8 — the keyless default.
 * GET {base}/v8/finance/chart/{SYMBOL}?period1=&period2=&interval=1d&events=div%7Csplit
 * query1 first, query2 as fallback host on network errors and 5xx (not on 404/429: those are answers).
 * Timestamps are session opens in UTC; each becomes the session date in meta.exchangeTimezoneName.
 */
import { dayNumberOf } from '../schemas/day-number.ts';
import { normaliseBars, parseWith, type RawBar } from '../schemas/daily-bars.ts';
import { type YahooChartResult, YahooChartSchema } from '../schemas/yahoo-chart.ts';
import { isMarketDataError } from '../errors.ts';
import type { BarRequest, BarSeries, Provider, ProviderOptions } from '../types.ts';
import { type ErrorContext, errorContext } from './error-context.ts';
import { parseJson, providerGet } from './http.ts';
import { dateInZone } from './session-date.ts';

export const YAHOO_HOSTS = ['https://query1.finance.yahoo.com', 'https://query2.finance.yahoo.com'] as const;

export interface YahooProviderOptions extends ProviderOptions {
  /** Tried after baseUrl on network errors / 5xx. Default: query2 when baseUrl is not set, else none. */
  fallbackBaseUrl?: string;
}

/** Canonical → Yahoo symbol. Yahoo already uses the canonical form ('^GSPC', 'BRK-B'); only case is fixed. */
export const yahooSymbol = (symbol: string): string => symbol.trim().toUpperCase();

const DAY_S = 86_400;

export function yahooChartUrl(base: string, symbol: string, req: BarRequest, now: Date): string {
  // period1: midnight UTC of `from` (before that session's open); period2: the day after `to`.
  const period1 = req.from ? dayNumberOf(req.from) * DAY_S : 0;
  const period2 = req.to ? (dayNumberOf(req.to) + 1) * DAY_S : Math.ceil(now.getTime() / 1000);
  return `${base}/v8/finance/chart/${encodeURIComponent(symbol)}?period1=${period1}&period2=${period2}&interval=1d&events=div%7Csplit`;
}

function toRawBars(r: YahooChartResult, ctx: ErrorContext): RawBar[] {
  const ts = r.timestamp ?? [];
  const q = r.indicators.quote[0] ?? {};
  const adj = r.indicators.adjclose?.[0]?.adjclose;
  let zoneDate: (t: number) => string;
  try {
    dateInZone(0, r.meta.exchangeTimezoneName);
    zoneDate = (t) => dateInZone(t * 1000, r.meta.exchangeTimezoneName);
  } catch {
    throw ctx.bad(`unknown exchange time zone ${r.meta.exchangeTimezoneName}`);
  }
  for (const [name, arr] of Object.entries({ close: q.close, adjclose: adj })) {
    if (arr && arr.length !== ts.length) throw ctx.bad(`${name} has ${arr.length} values for ${ts.length} timestamps`);
  }
  return ts.map((t, i) => ({
    date: zoneDate(t),
    open: q.open?.[i],
    high: q.high?.[i],
    low: q.low?.[i],
    close: q.close?.[i],
    adjClose: adj?.[i],
    volume: q.volume?.[i],
  }));
}

export function createYahooProvider(opts: YahooProviderOptions = {}): Provider {
  const hosts = opts.baseUrl
    ? [opts.baseUrl, ...(opts.fallbackBaseUrl ? [opts.fallbackBaseUrl] : [])]
    : [...YAHOO_HOSTS];
  const now = opts.now ?? (() => new Date());

  async function fetchChart(ctx: ErrorContext, req: BarRequest, symbol: string): Promise<unknown> {
    let lastError: unknown;
    for (const host of hosts) {
      try {
        const ans = await providerGet(yahooChartUrl(host, symbol, req, now()), ctx, opts, req.signal);
        if (ans.status === 404) throw ctx.unknown(`unknown symbol ${ctx.symbol} (Yahoo: no data found)`);
        if (ans.status === 401 || ans.status === 403) throw ctx.unavailable(ans.status, `HTTP ${ans.status}`);
        if (ans.status !== 200) throw ctx.bad(`HTTP ${ans.status}`);
        return parseJson(ans.text, ctx);
      } catch (e) {
        // Only "could not reach / server broken" moves to the next host.
        if (!(isMarketDataError(e) && e.kind === 'ProviderUnavailable')) throw e;
        lastError = e;
      }
    }
    throw lastError;
  }

  return {
    id: 'yahoo',
    label: 'Yahoo Finance',
    needsKey: false,
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      const symbol = yahooSymbol(req.symbol);
      const ctx = errorContext('yahoo', req.symbol, opts.apiKey);
      const body = parseWith(YahooChartSchema, await fetchChart(ctx, req, symbol), ctx);
      const { result, error } = body.chart;
      if (error && /not found|delisted|no data/i.test(`${error.code} ${error.description ?? ''}`)) throw ctx.unknown();
      if (error) throw ctx.bad(`${error.code}: ${error.description ?? ''}`);
      const r = result?.[0];
      if (!r) throw ctx.unknown();
      if (r.meta.symbol.toUpperCase() !== symbol) throw ctx.bad(`asked for ${symbol}, got ${r.meta.symbol}`);
      const series: BarSeries = {
        symbol: req.symbol,
        provider: 'yahoo',
        bars: normaliseBars(toRawBars(r, ctx), ctx, req.from, req.to),
        exchangeTimezone: r.meta.exchangeTimezoneName,
      };
      if (r.meta.currency) series.currency = r.meta.currency;
      return series;
    },
  };
}
