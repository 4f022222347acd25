/**
 * Alpha Vantage TIME_SERIES_DAILY (free tier: compact = the last ~100 sessions).
 * GET {base}/query?function=TIME_SERIES_DAILY&symbol=..&outputsize=compact&apikey=..
 * Errors arrive as HTTP 200 with one key: `Note` → RateLimited; `Information` → RateLimited when it is
 * about request limits, NeedsApiKey when it is about keys / premium; `Error Message` → UnknownSymbol
 * (or NeedsApiKey when it names the key). Only US stocks/ETFs: class shares use '.', BRK-B → BRK.B.
 */
import { normaliseBars, parseWith } from '../schemas/daily-bars.ts';
import { AlphaVantageDailySchema } from '../schemas/alphavantage.ts';
import type { BarRequest, BarSeries, ProviderOptions } from '../types.ts';
import { type ErrorContext, errorContext, preflight } from './error-context.ts';
import { looksLikeHtml, parseJson, providerGet } from './http.ts';
import { NEW_YORK } from './session-date.ts';
import { isPlainUsSymbol, type SymbolAwareProvider } from './symbol-support.ts';

export const ALPHAVANTAGE_BASE = 'https://www.alphavantage.co';

export const alphaVantageSymbol = (symbol: string): string => symbol.trim().toUpperCase().replace('-', '.');

const LIMIT_TEXT = /rate limit|requests per (day|minute)|call frequency|per day|per minute|spreading out/i;
const KEY_TEXT = /premium|api ?key|demo/i;

/** Interprets Alpha Vantage's in-band messages; returns nothing when there is none. */
function inBandError(body: { Note?: string; Information?: string; 'Error Message'?: string }, ctx: ErrorContext) {
  if (body.Note) return ctx.rateLimited(/per minute/i.test(body.Note) ? 60 : null, body.Note);
  const info = body.Information;
  if (info) {
    if (LIMIT_TEXT.test(info)) return ctx.rateLimited(/per minute/i.test(info) ? 60 : null, info);
    if (KEY_TEXT.test(info)) return ctx.needsKey(info);
    return ctx.rateLimited(null, info);
  }
  const em = body['Error Message'];
  if (em) return /api ?key/i.test(em) ? ctx.needsKey(em) : ctx.unknown(`unknown symbol ${ctx.symbol} (${em})`);
  return null;
}

export function createAlphaVantageProvider(opts: ProviderOptions = {}): SymbolAwareProvider {
  const base = opts.baseUrl ?? ALPHAVANTAGE_BASE;
  return {
    id: 'alphavantage',
    label: 'Alpha Vantage',
    needsKey: true,
    supports: isPlainUsSymbol,
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      const ctx = errorContext('alphavantage', req.symbol, opts.apiKey);
      const key = preflight(ctx, opts.apiKey, isPlainUsSymbol(req.symbol), 'Alpha Vantage');
      const sym = encodeURIComponent(alphaVantageSymbol(req.symbol));
      const url = `${base}/query?function=TIME_SERIES_DAILY&symbol=${sym}&outputsize=compact&apikey=${key}`;
      const ans = await providerGet(url, ctx, opts, req.signal);
      if (ans.status === 401 || ans.status === 403) throw ctx.needsKey(`key refused (HTTP ${ans.status})`);
      if (ans.status !== 200) throw ctx.bad(`HTTP ${ans.status}`);
      if (looksLikeHtml(ans.text)) throw ctx.bad('an HTML page instead of JSON');
      const body = parseWith(AlphaVantageDailySchema, parseJson(ans.text, ctx), ctx);
      const err = inBandError(body, ctx);
      if (err) throw err;
      const series = body['Time Series (Daily)'];
      if (!series) throw ctx.bad('no "Time Series (Daily)" in the answer');
      const raw = Object.entries(series).map(([date, b]) => ({
        date,
        open: b['1. open'],
        high: b['2. high'],
        low: b['3. low'],
        close: b['4. close'],
        volume: b['5. volume'],
      }));
      return {
        symbol: req.symbol,
        provider: 'alphavantage',
        bars: normaliseBars(raw, ctx, req.from, req.to),
        exchangeTimezone: NEW_YORK,
      };
    },
  };
}
