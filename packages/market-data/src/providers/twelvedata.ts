/**
 * Twelve Data time_series. GET {base}/time_series?symbol=..&interval=1day&outputsize=5000&apikey=..
 * (+ start_date/end_date). Values are strings, newest first. Errors: {code, message, status:'error'},
 * usually with HTTP 200: 401/403 → NeedsApiKey, 404 → UnknownSymbol, 429 → RateLimited, 5xx →
 * ProviderUnavailable, 400 → UnknownSymbol when about the symbol, empty bars for "no data on these dates".
 * Symbol mapping: BRK-B → BRK.B; ^GSPC → SPX, ^RUT → RUT, ^DJI → DJI, ^IXIC → IXIC, ^NDX → NDX.
 */
import { normaliseBars, parseWith } from '../schemas/daily-bars.ts';
import { TwelveDataAnswerSchema } from '../schemas/twelvedata.ts';
import type { BarRequest, BarSeries, ProviderOptions } from '../types.ts';
import { type ErrorContext, errorContext, preflight } from './error-context.ts';
import { parseJson, providerGet } from './http.ts';
import { NEW_YORK } from './session-date.ts';
import { isPlainUsSymbol, type SymbolAwareProvider } from './symbol-support.ts';

export const TWELVEDATA_BASE = 'https://api.twelvedata.com';

const INDICES: Record<string, string> = { '^GSPC': 'SPX', '^RUT': 'RUT', '^DJI': 'DJI', '^IXIC': 'IXIC', '^NDX': 'NDX' };

/** Twelve Data symbol, or null when it cannot be expressed. */
export function twelveDataSymbol(symbol: string): string | null {
  const s = symbol.trim().toUpperCase();
  if (INDICES[s]) return INDICES[s];
  return isPlainUsSymbol(s) ? s.replace('-', '.') : null;
}

function errorFor(code: number, message: string, ctx: ErrorContext) {
  if (code === 401 || code === 403) return ctx.needsKey(message);
  if (code === 404) return ctx.unknown(`unknown symbol ${ctx.symbol} (${message})`);
  if (code === 429) return ctx.rateLimited(60, message);
  if (code >= 500) return ctx.unavailable(code, message);
  if (/symbol/i.test(message) && /not found|invalid|incorrect/i.test(message)) {
    return ctx.unknown(`unknown symbol ${ctx.symbol} (${message})`);
  }
  return ctx.bad(`${code}: ${message}`);
}

export function createTwelveDataProvider(opts: ProviderOptions = {}): SymbolAwareProvider {
  const base = opts.baseUrl ?? TWELVEDATA_BASE;
  return {
    id: 'twelvedata',
    label: 'Twelve Data',
    needsKey: true,
    supports: (s) => twelveDataSymbol(s) !== null,
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      const ctx = errorContext('twelvedata', req.symbol, opts.apiKey);
      const sym = twelveDataSymbol(req.symbol);
      const key = preflight(ctx, opts.apiKey, sym !== null, 'Twelve Data');
      const range = `${req.from ? `&start_date=${req.from}` : ''}${req.to ? `&end_date=${req.to}` : ''}`;
      const url = `${base}/time_series?symbol=${encodeURIComponent(sym!)}&interval=1day&outputsize=5000${range}&apikey=${key}`;
      const ans = await providerGet(url, ctx, opts, req.signal);
      const body = parseWith(TwelveDataAnswerSchema, parseJson(ans.text, ctx), ctx);
      const empty = { symbol: req.symbol, provider: 'twelvedata' as const, bars: [], exchangeTimezone: NEW_YORK };
      if (body.status === 'error') {
        if (/no data is available on the specified dates/i.test(body.message)) return empty;
        throw errorFor(body.code, body.message, ctx);
      }
      if (body.meta.symbol.toUpperCase() !== sym!) throw ctx.bad(`asked for ${sym!}, got ${body.meta.symbol}`);
      const raw = body.values.map((r) => ({ ...r, date: r.datetime }));
      const series: BarSeries = {
        ...empty,
        bars: normaliseBars(raw, ctx, req.from, req.to),
        exchangeTimezone: body.meta.exchange_timezone ?? NEW_YORK,
      };
      if (body.meta.currency) series.currency = body.meta.currency;
      return series;
    },
  };
}
