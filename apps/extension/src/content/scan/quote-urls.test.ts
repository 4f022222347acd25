/**
 * The scanner's compact quote-URL table must read exactly what the adapters' `symbolFromUrl` reads:
 * on every adapter's test URLs, and on every test path moved to every supported host (and to http),
 * so a rule that is looser or stricter than its adapter shows up.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from '../sites/index.ts';
import { ALL_TEST_URLS } from '../../test/site-test-urls.ts';
import { QUOTE_HOSTS, onSupportedSite, symbolFromQuoteUrl } from './quote-urls.ts';

const adapterSymbol = (url: URL) => adapterForUrl(url)?.symbolFromUrl(url) ?? null;

const EXTRA = [
  'https://www.marketwatch.com/investing/index/djia?countrycode=us',
  'https://www.marketwatch.com/investing/stock/7203?countrycode=jp',
  'https://www.barrons.com/quote/index/uk/xlon/ukx',
  'https://www.barrons.com/quote/fund/us/arcx/IWM',
  'https://www.barrons.com/market-data/indexes/rut?countrycode=zz',
  'https://www.nasdaq.com/market-activity/INDEX/rut',
  'https://www.morningstar.com/indexes/spi/rut/quote',
  'https://www.benzinga.com/quote/BRK/b',
  'https://www.google.com/finance/quote/SPY:NYSEARCA',
  'https://www.google.com/search?q=AAPL',
  'https://www.google.com/quote/AAPL',
  'https://finviz.com/QUOTE.ASHX?t=msft',
  'https://stockanalysis.com/quote/tsx/RY/',
  'https://www.investing.com/etfs/spdr-s-p-500-chart',
];

/** Every test URL, plus its path and query on every supported host, over https and http. */
function corpus(): string[] {
  const urls = new Set<string>([...ALL_TEST_URLS.map((t) => t.url), ...EXTRA]);
  for (const u of [...urls]) {
    const { pathname, search } = new URL(u);
    for (const host of QUOTE_HOSTS) for (const scheme of ['https', 'http']) urls.add(`${scheme}://${host}${pathname}${search}`);
  }
  return [...urls];
}

describe('compact quote-URL table', () => {
  it('covers exactly the adapters’ hosts', () => {
    expect([...QUOTE_HOSTS].sort()).toEqual(ADAPTERS.flatMap((a) => a.hosts).sort());
  });

  it.each(ALL_TEST_URLS.map((t) => [t.site, t.url, t.symbol] as const))('%s %s → %s', (_site, url, symbol) => {
    expect(symbolFromQuoteUrl(new URL(url))).toBe(symbol);
  });

  it('agrees with the owning adapter on every test path moved to every host and scheme', () => {
    const all = corpus();
    expect(all.length).toBeGreaterThan(2000);
    const disagree = all.filter((u) => {
      const url = new URL(u);
      return symbolFromQuoteUrl(url) !== adapterSymbol(url) || onSupportedSite(url) !== (adapterForUrl(url) !== null);
    });
    expect(disagree).toEqual([]);
    // The moved paths are real tests: many of them read a symbol.
    expect(all.filter((u) => symbolFromQuoteUrl(new URL(u)) !== null).length).toBeGreaterThan(100);
  });
});
