/**
 * Live valuation readings from Yahoo Finance's quote endpoint, keyless:
 * GET {base}/v7/finance/quote?symbols=IWM,SPY&crumb=… → quoteResponse.result[].{symbol, trailingPE,
 * forwardPE, regularMarketTime}. One fetch gives the trailing reading (both trailing P/Es are required)
 * and, when Yahoo has both forward P/Es, the forward one. A reading is dated by the quotes' market date
 * (the older of the two, in the exchange's zone), never by the clock.
 */
import { parseWith } from '../schemas/daily-bars.ts';
import { YahooFinanceErrorSchema, type YahooQuoteItem, YahooQuoteSchema } from '../schemas/yahoo-quote.ts';
import { errorContext, type ErrorContext } from '../providers/error-context.ts';
import { looksLikeHtml, parseJson } from '../providers/http.ts';
import { dateInZone, NEW_YORK } from '../providers/session-date.ts';
import { yahooSymbol } from '../providers/yahoo.ts';
import type { ValuationReading } from '../types.ts';
import { createYahooSession, htmlInsteadOfData, type YahooSessionOptions } from './yahoo-session.ts';

export type PeBasis = ValuationReading['basis'];

/** The two sides of a live reading, as Yahoo symbols (e.g. IWM vs SPY). */
export interface ValuationPair {
  small: string;
  large: string;
}

export interface LiveValuationSource {
  /** The trailing reading, then the forward one when Yahoo has both forward P/Es. Typed errors otherwise. */
  readings(pair: ValuationPair, signal?: AbortSignal): Promise<ValuationReading[]>;
}

export const YAHOO_VALUATION_SOURCE: Record<PeBasis, string> = {
  trailing: 'Yahoo Finance, trailing P/E',
  forward: 'Yahoo Finance, forward P/E',
};

const PE_FIELD = { trailing: 'trailingPE', forward: 'forwardPE' } as const;

/** The stable id of a live reading: one per pair, basis and market date (a second fetch that day replaces it). */
export const liveReadingId = (pair: ValuationPair, basis: PeBasis, date: string): string =>
  `yahoo-${date}-${pair.small}-${pair.large}-${basis}`;

function quoteOf(items: readonly YahooQuoteItem[], symbol: string, ctx: ErrorContext): YahooQuoteItem {
  const q = items.find((i) => i.symbol.toUpperCase() === symbol);
  if (!q) throw ctx.unknown(`Yahoo has no quote for ${symbol}`);
  return q;
}

function marketDate(q: YahooQuoteItem, ctx: ErrorContext): string {
  if (q.regularMarketTime === undefined || q.regularMarketTime === null) throw ctx.bad(`no regularMarketTime for ${q.symbol}`);
  try {
    return dateInZone(q.regularMarketTime * 1000, q.exchangeTimezoneName ?? NEW_YORK);
  } catch {
    throw ctx.bad(`unknown exchange time zone ${q.exchangeTimezoneName}`);
  }
}

/** The P/E of one side, or null when absent; a present but non-positive or non-finite P/E is junk. */
function peOf(q: YahooQuoteItem, basis: PeBasis): number | null {
  const pe = q[PE_FIELD[basis]];
  return typeof pe === 'number' && Number.isFinite(pe) && pe > 0 ? pe : null;
}

function toReadings(items: readonly YahooQuoteItem[], pair: ValuationPair, ctx: ErrorContext): ValuationReading[] {
  const small = quoteOf(items, pair.small, ctx);
  const large = quoteOf(items, pair.large, ctx);
  const dates = [marketDate(small, ctx), marketDate(large, ctx)].sort();
  const date = dates[0]!;
  for (const q of [small, large]) {
    if (peOf(q, 'trailing') === null) throw ctx.bad(`no trailingPE for ${q.symbol}`);
  }
  const out: ValuationReading[] = [];
  for (const basis of ['trailing', 'forward'] as const) {
    const peSmall = peOf(small, basis);
    const peLarge = peOf(large, basis);
    if (peSmall === null || peLarge === null) continue;
    out.push({
      id: liveReadingId(pair, basis, date),
      date,
      smallIndex: pair.small,
      largeIndex: pair.large,
      peSmall,
      peLarge,
      basis,
      source: YAHOO_VALUATION_SOURCE[basis],
      url: `https://finance.yahoo.com/quote/${encodeURIComponent(pair.small)}`,
      shipped: false,
    });
  }
  return out;
}

function refusal(text: string, ctx: ErrorContext): string {
  try {
    const body = parseWith(YahooFinanceErrorSchema, JSON.parse(text), ctx);
    return body.finance.error?.description ?? 'HTTP 401';
  } catch {
    return 'HTTP 401';
  }
}

export function createYahooValuationSource(opts: YahooSessionOptions = {}): LiveValuationSource {
  const session = createYahooSession(opts);
  return {
    async readings(pair, signal) {
      const p = { small: yahooSymbol(pair.small), large: yahooSymbol(pair.large) };
      const ctx = errorContext('yahoo', `${p.small},${p.large}`);
      const symbols = [p.small, p.large].map(encodeURIComponent).join(',');
      const ans = await session.get(`/v7/finance/quote?symbols=${symbols}`, ctx, signal);
      if (looksLikeHtml(ans.text)) throw htmlInsteadOfData(ctx, 'quote');
      if (ans.status === 401 || ans.status === 403) {
        throw ctx.unavailable(ans.status, `Yahoo refused the quote after a fresh handshake (${refusal(ans.text, ctx)})`);
      }
      if (ans.status !== 200) throw ctx.bad(`quote: HTTP ${ans.status}`);
      const body = parseWith(YahooQuoteSchema, parseJson(ans.text, ctx), ctx);
      return toReadings(body.quoteResponse.result ?? [], p, ctx);
    },
  };
}
