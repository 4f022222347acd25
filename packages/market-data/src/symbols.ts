/**
 * Canonical ticker symbols: every symbol that crosses a package boundary is in Yahoo form.
 *
 *  - upper case; class shares with '-' (BRK.B, BRK/B, brk.b → BRK-B);
 *  - indices with '^' (.SPX, .INX, SPX:INDEXSP → ^GSPC; .RUT, RUT:INDEXRUSSELL, TVC-RUT → ^RUT; SP600 → ^SP600);
 *  - US exchange prefixes/suffixes stripped (NASDAQ-AAPL, NASDAQ:AAPL, AAPL:NASDAQ, XNAS:AAPL, AAPL.US);
 *  - non-US listings get Yahoo's exchange suffix (decision): Google Finance `2881:TPE` → `2881.TW`,
 *    `VOD:LON` → `VOD.L`, `700:HKG` → `0700.HK`, TradingView `TSE-7203` → `7203.T`;
 *  - anything else (words, slugs, markup, bare numbers without an exchange) → null.
 *
 * `hint.site === 'yahoo'` means the input is already Yahoo form (e.g. from a finance.yahoo.com URL), so
 * '.L' / '.T' suffixes are kept rather than read as share classes. `hint.exchange` carries an exchange or
 * market code found beside the symbol (Google's `:INDEXSP`, Morningstar's `xnas`, MarketWatch's `index`).
 */

/**
 * What a ticker symbol may look like (Yahoo style, upper case, ≤ 15 characters: ^GSPC, BRK-B, VOD.L,
 * EURUSD=X): what settings, the options page, the worker, the CLI, the sample provider and the
 * article scanner accept before spending a request on it. No markup or path can match it.
 * Looser than `isCanonicalSymbol`, which checks the exact form `canonicalSymbol` writes.
 */
export const TICKER_SHAPE = /^\^?[A-Z0-9][A-Z0-9.\-=]{0,14}$/;

/** True when `s` has a ticker symbol's shape (TICKER_SHAPE). */
export const isTickerShape = (s: string): boolean => TICKER_SHAPE.test(s);

export interface SymbolHint {
  exchange?: string;
  site?: string;
}

/** Final shape of every canonical symbol (length ≤ 16, no markup possible). */
const CANONICAL = /^(\^[A-Z0-9][A-Z0-9.-]{0,11}|[A-Z0-9]{1,9}(-[A-Z0-9]{1,4})?(\.[A-Z]{1,3})?(=[FX])?)$/;

/** Index names that are never an ordinary US stock ticker: mapped with or without an index hint. */
const INDEX_ALIASES: Record<string, string> = {
  SPX: '^GSPC',
  INX: '^GSPC',
  GSPC: '^GSPC',
  RUT: '^RUT',
  RUI: '^RUI',
  RUA: '^RUA',
  DJI: '^DJI',
  IXIC: '^IXIC',
  NDX: '^NDX',
  VIX: '^VIX',
  SP600: '^SP600',
  SP400: '^SP400',
};

/** Index names that collide with stock tickers (COMP is Compass, MID was a stock): only with an index hint. */
const INDEX_ONLY_ALIASES: Record<string, string> = {
  ...INDEX_ALIASES,
  COMP: '^IXIC',
  DJIA: '^DJI',
  SML: '^SP600',
  MID: '^SP400',
  NYA: '^NYA',
};

/** Exchange codes that mean "this is an index" (Google, TradingView, MarketWatch path segment). */
const INDEX_EXCHANGES = new Set(['INDEX', 'INDEXSP', 'INDEXRUSSELL', 'INDEXDJX', 'INDEXNASDAQ', 'INDEXCBOE', 'INDEXNYSEGIS', 'TVC', 'SP', 'DJ', 'RUSSELL', 'CBOE_INDEX']);

/** US venues (and their MIC / Stooq / vendor spellings): stripped, the symbol stays bare. */
const US_EXCHANGES = new Set([
  'NASDAQ', 'NYSE', 'NYSEARCA', 'NYSEAMERICAN', 'NYSEMKT', 'AMEX', 'ARCA', 'BATS', 'CBOE', 'OTC', 'OTCMKTS',
  'OTCQX', 'OTCQB', 'PINK', 'XNAS', 'XNYS', 'XASE', 'ARCX', 'XOTC', 'US', 'NMS', 'NGM', 'NCM', 'NYQ', 'PCX', 'NASDAQGS', 'NASDAQGM', 'NASDAQCM',
]);

/** Non-US exchange codes (Google Finance, TradingView, MICs) → Yahoo suffix. */
const FOREIGN_SUFFIX: Record<string, string> = {
  TPE: '.TW', TWSE: '.TW', XTAI: '.TW', TPEX: '.TWO', TWO: '.TWO',
  LON: '.L', LSE: '.L', XLON: '.L', TYO: '.T', XTKS: '.T', HKG: '.HK', HKEX: '.HK', XHKG: '.HK',
  TSX: '.TO', XTSE: '.TO', CVE: '.V', TSXV: '.V', ETR: '.DE', XETR: '.DE', FRA: '.F', EPA: '.PA', XPAR: '.PA',
  AMS: '.AS', BIT: '.MI', SWX: '.SW', ASX: '.AX', KRX: '.KS', KOSDAQ: '.KQ', NSE: '.NS', BOM: '.BO', BSE: '.BO',
  SHA: '.SS', SSE: '.SS', SHE: '.SZ', SZSE: '.SZ', STO: '.ST', CPH: '.CO', HEL: '.HE', OSL: '.OL', BME: '.MC',
  VIE: '.VI', EBR: '.BR', ELI: '.LS', SGX: '.SI', JSE: '.JO', BMV: '.MX', BMFBOVESPA: '.SA', NZE: '.NZ',
};

/** Site-specific meanings of an ambiguous code: 'TSE' is Toronto on Google Finance, Tokyo on TradingView. */
const SITE_SUFFIX: Record<string, Record<string, string>> = {
  google: { TSE: '.TO' },
  tradingview: { TSE: '.T' },
};

/** Yahoo exchange suffixes recognised on input that is already in Yahoo form. */
const YAHOO_SUFFIXES = new Set(Object.values(FOREIGN_SUFFIX).map((s) => s.slice(1)));

/** Characters a raw symbol may contain before parsing; anything else (markup, spaces inside) is junk. */
const RAW_ALLOWED = /^[$^.]?[A-Z0-9][A-Z0-9.\-/:_ =]*$/;

/** Canonical (Yahoo-style) symbol for a raw ticker string from a URL, link or text; null for junk. */
export function canonicalSymbol(raw: string, hint: SymbolHint = {}): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 40) return null;
  let s = safeDecode(raw).trim().toUpperCase();
  if (s.startsWith('$')) s = s.slice(1);
  if (!RAW_ALLOWED.test(s) || /\s{2}/.test(s)) return null;
  const site = hint.site?.toLowerCase();
  let exchange = hint.exchange?.trim().toUpperCase().replace(/[\s_]+/g, '') || undefined;

  // SYM:EXCH (Google) or EXCH:SYM (TradingView, MICs): the side that is a known exchange is the exchange.
  const colon = s.split(':');
  if (colon.length === 2) {
    const [a = '', b = ''] = colon;
    if (isExchange(b, site) || !isExchange(a, site)) [s, exchange] = [a, exchange ?? b];
    else [s, exchange] = [b, exchange ?? a];
  } else if (colon.length > 2) return null;

  // EXCH-SYM (TradingView, AInvest URLs): only when the prefix is a known exchange, so BRK-B stays a class.
  const dash = /^([A-Z_]+)-(.+)$/.exec(s);
  if (dash && isExchange(dash[1]!, site) && !exchange) [exchange, s] = [dash[1]!, dash[2]!];

  if (s.startsWith('^')) return finish(s);
  if (s.startsWith('.')) return indexSymbol(s.slice(1));
  if (exchange && INDEX_EXCHANGES.has(exchange)) return indexSymbol(s);
  const alias = INDEX_ALIASES[s];
  if (alias) return alias;

  const foreign = exchange ? (SITE_SUFFIX[site ?? '']?.[exchange] ?? FOREIGN_SUFFIX[exchange]) : undefined;
  if (foreign) return foreignSymbol(s, foreign);
  if (exchange && !US_EXCHANGES.has(exchange)) return null;
  return usSymbol(s, site === 'yahoo');
}

/** True when `s` is in canonical form (the only form other packages should store or request). */
export function isCanonicalSymbol(s: string): boolean {
  return CANONICAL.test(s);
}

function isExchange(code: string, site: string | undefined): boolean {
  const c = code.replace(/[\s_]+/g, '');
  return INDEX_EXCHANGES.has(c) || US_EXCHANGES.has(c) || c in FOREIGN_SUFFIX || (SITE_SUFFIX[site ?? '']?.[c] !== undefined);
}

/** A name known to be an index (hinted by exchange or a leading '.'): alias, else '^' + name. */
function indexSymbol(name: string): string | null {
  const known = INDEX_ONLY_ALIASES[name];
  if (known) return known;
  return /^[A-Z][A-Z0-9]{1,9}$/.test(name) ? `^${name}` : null;
}

/** Non-US listing: Hong Kong codes are zero-padded to 4 digits, as Yahoo lists them (700 → 0700.HK). */
function foreignSymbol(base: string, suffix: string): string | null {
  let b = base.replace(/\.[A-Z]{1,3}$/, (m) => (YAHOO_SUFFIXES.has(m.slice(1)) ? '' : m));
  if (suffix === '.HK' && /^\d{1,3}$/.test(b)) b = b.padStart(4, '0');
  b = b.replace(/[./]([A-Z])$/, '-$1');
  return finish(b + suffix);
}

/**
 * US (or Yahoo-form) symbol. Class shares use '-'; a trailing '.US' (Stooq) is stripped. A one-letter
 * suffix after '.' or '/' is a share class except when the input is already Yahoo form (`VOD.L`).
 * A bare number is junk here: numeric codes only make sense with a non-US exchange.
 */
function usSymbol(s: string, yahooForm: boolean): string | null {
  let t = s.replace(/\.US$/, '');
  // US tickers never start with a digit ($5, $100M are amounts); numeric foreign codes need their suffix.
  if (/^\d/.test(t)) {
    const suffix = /\.([A-Z]{1,3})$/.exec(t)?.[1];
    return suffix && YAHOO_SUFFIXES.has(suffix) ? finish(t) : null;
  }
  if (yahooForm) return finish(t.replace(/\/([A-Z])$/, '-$1'));
  t = t.replace(/^([A-Z0-9]{1,6})[./ ]([A-Z])$/, '$1-$2');
  if (/^[A-Z0-9]{1,9}\.[A-Z]{2,3}$/.test(t) && !YAHOO_SUFFIXES.has(t.split('.')[1]!)) return null;
  return finish(t);
}

function finish(s: string): string | null {
  return CANONICAL.test(s) ? s : null;
}

function safeDecode(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
