/**
 * Stooq daily CSV: GET {base}/q/d/l/?s={stooqSymbol}&i=d&apikey={key} → `Date,Open,High,Low,Close,Volume`.
 * Since 2026 Stooq needs an API key: without one we throw NeedsApiKey and send nothing.
 * The whole history is fetched and then cut to [from, to], because Stooq answers `No data` both for an
 * unknown symbol and for an empty range: without a range, `No data` can only mean an unknown symbol.
 *
 * Symbol mapping (canonical → Stooq):
 *   ^GSPC → ^spx, ^DJI → ^dji, ^IXIC → ^ndq, ^NDX → ^ndx, ^RUT → ^rut (other ^X → ^x, lower case);
 *   a symbol with a market suffix (VOD.L) → lower case as is; everything else is a US listing:
 *   lower case + '.us' (SPY → spy.us, BRK-B → brk-b.us).
 */
import { CsvError } from '../csv/csv-error.ts';
import { parsePriceCsv } from '../csv/parse-price-csv.ts';
import { normaliseBars } from '../schemas/daily-bars.ts';
import type { BarRequest, BarSeries, Provider, ProviderOptions } from '../types.ts';
import { errorContext } from './error-context.ts';
import { looksLikeHtml, providerGet } from './http.ts';
import { NEW_YORK } from './session-date.ts';

export const STOOQ_BASE = 'https://stooq.com';

const STOOQ_INDICES: Record<string, string> = {
  '^GSPC': '^spx',
  '^DJI': '^dji',
  '^IXIC': '^ndq',
  '^NDX': '^ndx',
  '^RUT': '^rut',
};

export function stooqSymbol(symbol: string): string {
  const s = symbol.trim().toUpperCase();
  const index = STOOQ_INDICES[s];
  if (index) return index;
  if (s.startsWith('^') || s.includes('.')) return s.toLowerCase();
  return `${s.toLowerCase()}.us`;
}

/** Words in an HTML page that mean "you need (a valid) key / to log in". */
const KEY_PAGE = /api ?key|apikey|log ?in|sign ?in|captcha|register/i;

export function createStooqProvider(opts: ProviderOptions = {}): Provider {
  const base = opts.baseUrl ?? STOOQ_BASE;
  return {
    id: 'stooq',
    label: 'Stooq',
    needsKey: true,
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      const ctx = errorContext('stooq', req.symbol, opts.apiKey);
      if (!opts.apiKey) throw ctx.needsKey();
      const url = `${base}/q/d/l/?s=${encodeURIComponent(stooqSymbol(req.symbol))}&i=d&apikey=${encodeURIComponent(opts.apiKey)}`;
      const ans = await providerGet(url, ctx, opts, req.signal);
      const text = ans.text.trim();
      if (ans.status === 401 || ans.status === 403) throw ctx.needsKey(`key refused (HTTP ${ans.status})`);
      if (ans.status === 404 || /^no data/i.test(text)) throw ctx.unknown();
      if (ans.status !== 200) throw ctx.bad(`HTTP ${ans.status}`);
      if (/exceeded the daily hits limit/i.test(text)) throw ctx.rateLimited(null, 'daily hits limit exceeded');
      if (looksLikeHtml(text) || text.startsWith('<')) {
        if (KEY_PAGE.test(text)) throw ctx.needsKey('Stooq answered with a key/login page: check the API key');
        throw ctx.bad('an HTML page instead of CSV');
      }
      let parsed: ReturnType<typeof parsePriceCsv>;
      try {
        parsed = parsePriceCsv(text, 'stooq');
      } catch (e) {
        if (e instanceof CsvError) throw ctx.bad(e.message);
        throw e;
      }
      return {
        symbol: req.symbol,
        provider: 'stooq',
        bars: normaliseBars(parsed, ctx, req.from, req.to),
        exchangeTimezone: NEW_YORK,
      };
    },
  };
}
