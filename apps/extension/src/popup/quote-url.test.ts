import { describe, expect, it } from 'vitest';
import { adapterById } from '../content/sites/index.ts';
import { SITE_IDS } from '../contracts/sites.ts';
import { quoteUrl } from './quote-url.ts';

/** Sites whose quote URL we build directly (the others get a search URL). */
const DIRECT = ['yahoo', 'marketwatch', 'cnbc', 'nasdaq', 'finviz', 'stockanalysis', 'seekingalpha', 'tradingview', 'barrons', 'benzinga', 'zacks'] as const;

describe('quoteUrl', () => {
  it('gives an https URL on the site host for every site and symbol kind', () => {
    for (const site of SITE_IDS) {
      for (const symbol of ['AAPL', 'IWM', 'BRK-B', '^RUT']) {
        const url = new URL(quoteUrl(site, symbol));
        expect(url.protocol).toBe('https:');
        if (!symbol.startsWith('^') || site === 'yahoo') {
          expect(adapterById(site).hosts.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`) || h.endsWith(url.hostname))).toBe(true);
        }
      }
    }
  });

  it.each(DIRECT)('%s: the site adapter reads the same symbol back', (site) => {
    for (const symbol of ['AAPL', 'MSFT', 'IWM', 'BRK-B']) {
      const back = adapterById(site).symbolFromUrl(new URL(quoteUrl(site, symbol)));
      expect(back, `${site} ${symbol} ${quoteUrl(site, symbol)}`).toBe(symbol);
    }
  });

  it('indices go to a site page when the site has one, else to Yahoo', () => {
    expect(quoteUrl('cnbc', '^GSPC')).toBe('https://www.cnbc.com/quotes/.SPX');
    expect(quoteUrl('finviz', '^RUT')).toBe('https://finance.yahoo.com/quote/%5ERUT/');
  });
});
