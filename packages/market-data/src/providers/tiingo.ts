/**
 * Tiingo end-of-day prices. GET {base}/tiingo/daily/{sym}/prices?startDate=..&endDate=..&token=..
 * Dates come as midnight UTC of the session date ('2024-01-02T00:00:00.000Z') → the first 10 characters.
 * 404 {"detail":"Error: Ticker 'X' not found"} → UnknownSymbol; 401/403 → NeedsApiKey; a {detail} body
 * with HTTP 200 is read by its text. US stocks/ETFs only (no indices); BRK-B stays 'brk-b'.
 */
import { normaliseBars, parseWith } from '../schemas/daily-bars.ts';
import { TiingoErrorSchema, TiingoPricesSchema } from '../schemas/tiingo.ts';
import type { BarRequest, BarSeries, ProviderOptions } from '../types.ts';
import { type ErrorContext, errorContext, preflight } from './error-context.ts';
import { parseJson, providerGet } from './http.ts';
import { NEW_YORK } from './session-date.ts';
import { isPlainUsSymbol, type SymbolAwareProvider } from './symbol-support.ts';

export const TIINGO_BASE = 'https://api.tiingo.com';
/** Without startDate Tiingo returns only the latest bar; this asks for all of it. */
const EARLIEST = '1970-01-01';

function detailError(detail: string, ctx: ErrorContext) {
  if (/not found/i.test(detail)) return ctx.unknown(`unknown symbol ${ctx.symbol} (${detail})`);
  if (/token|api ?key|permission|authori[sz]/i.test(detail)) return ctx.needsKey(detail);
  if (/limit|allocation|too many/i.test(detail)) return ctx.rateLimited(null, detail);
  return ctx.bad(detail);
}

export function createTiingoProvider(opts: ProviderOptions = {}): SymbolAwareProvider {
  const base = opts.baseUrl ?? TIINGO_BASE;
  return {
    id: 'tiingo',
    label: 'Tiingo',
    needsKey: true,
    supports: isPlainUsSymbol,
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      const ctx = errorContext('tiingo', req.symbol, opts.apiKey);
      const key = preflight(ctx, opts.apiKey, isPlainUsSymbol(req.symbol), 'Tiingo');
      const sym = encodeURIComponent(req.symbol.trim().toLowerCase());
      const range = `startDate=${req.from ?? EARLIEST}${req.to ? `&endDate=${req.to}` : ''}`;
      const url = `${base}/tiingo/daily/${sym}/prices?${range}&token=${key}`;
      const ans = await providerGet(url, ctx, opts, req.signal);
      if (ans.status === 401 || ans.status === 403) throw ctx.needsKey(`key refused (HTTP ${ans.status})`);
      const body = parseJson(ans.text, ctx);
      if (!Array.isArray(body)) {
        const err = parseWith(TiingoErrorSchema, body, ctx);
        throw detailError(err.detail, ctx);
      }
      if (ans.status !== 200) throw ctx.bad(`HTTP ${ans.status}`);
      const rows = parseWith(TiingoPricesSchema, body, ctx);
      const raw = rows.map((r) => ({ ...r, date: r.date.slice(0, 10) }));
      return {
        symbol: req.symbol,
        provider: 'tiingo',
        bars: normaliseBars(raw, ctx, req.from, req.to),
        currency: 'USD',
        exchangeTimezone: NEW_YORK,
      };
    },
  };
}
