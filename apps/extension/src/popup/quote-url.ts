/**
 * Where "open this symbol" goes on each supported site. Input: a canonical (Yahoo-style) symbol.
 * Sites whose quote URLs need the listing exchange (Google, Morningstar, AInvest, Investing.com) get
 * their search URL, which lands on the quote. Indices other sites cannot show fall back to Yahoo.
 * Invariant (tested): for quote URLs, the site's own adapter reads the same symbol back.
 */
import type { SiteId } from '../contracts/sites.ts';

/** Funds on the comparison menus and common ETFs: sites with separate fund paths need to know. */
const ETFS = new Set(['SPY', 'VOO', 'IVV', 'IWM', 'IJR', 'VB', 'QQQ', 'DIA', 'IWN', 'IWO', 'MDY', 'VTI', 'KRE', 'XLF', 'SLY', 'VTWO']);
/** Index symbols by site, where the site has a page for them. */
const INDEX: Partial<Record<SiteId, Record<string, string>>> = {
  cnbc: { '^GSPC': '.SPX', '^RUT': '.RUT', '^DJI': '.DJI', '^IXIC': '.IXIC' },
  marketwatch: { '^GSPC': 'spx', '^RUT': 'rut', '^DJI': 'djia', '^IXIC': 'comp' },
  finviz: {},
};

const enc = encodeURIComponent;
const dotted = (s: string) => s.replace('-', '.');

export function quoteUrl(site: SiteId, symbol: string): string {
  const s = symbol.trim().toUpperCase();
  const lower = s.toLowerCase();
  const yahoo = `https://finance.yahoo.com/quote/${enc(s)}/`;
  if (s.startsWith('^')) {
    const mapped = INDEX[site]?.[s];
    if (site === 'cnbc' && mapped) return `https://www.cnbc.com/quotes/${enc(mapped)}`;
    if (site === 'marketwatch' && mapped) return `https://www.marketwatch.com/investing/index/${mapped}`;
    return yahoo;
  }
  const etf = ETFS.has(s);
  switch (site) {
    case 'yahoo':
      return yahoo;
    case 'google':
      return `https://www.google.com/finance?q=${enc(s)}`;
    case 'marketwatch':
      return `https://www.marketwatch.com/investing/${etf ? 'fund' : 'stock'}/${enc(dotted(lower))}`;
    case 'cnbc':
      return `https://www.cnbc.com/quotes/${enc(dotted(s))}`;
    case 'nasdaq':
      return `https://www.nasdaq.com/market-activity/${etf ? 'etf' : 'stocks'}/${enc(lower.replace('-', '.'))}`;
    case 'finviz':
      return `https://finviz.com/quote.ashx?t=${enc(s)}`;
    case 'stockanalysis':
      return `https://stockanalysis.com/${etf ? 'etf' : 'stocks'}/${enc(dotted(lower))}/`;
    case 'seekingalpha':
      return `https://seekingalpha.com/symbol/${enc(dotted(s))}`;
    case 'ainvest':
      return `https://www.ainvest.com/stocks/search/?q=${enc(s)}`;
    case 'tradingview':
      return `https://www.tradingview.com/symbols/${enc(dotted(s))}/`;
    case 'morningstar':
      return `https://www.morningstar.com/search?query=${enc(s)}`;
    case 'barrons':
      return `https://www.barrons.com/market-data/${etf ? 'funds' : 'stocks'}/${enc(dotted(lower))}`;
    case 'benzinga':
      return `https://www.benzinga.com/quote/${enc(dotted(s))}`;
    case 'zacks':
      return `https://www.zacks.com/${etf ? 'funds/etf' : 'stock/quote'}/${enc(dotted(s))}`;
    case 'investing':
      return `https://www.investing.com/search/?q=${enc(s)}`;
  }
}
