import { afterAll, describe, expect, it } from 'vitest';
import { findAnchor } from './lib/anchor.ts';
import { HAVE_PAGES, closeSavedPages, loadSavedPage, parsePage } from '../../test/saved-pages.ts';
import { yahoo } from './yahoo.ts';

afterAll(closeSavedPages);

describe.skipIf(!HAVE_PAGES)('yahoo on real saved quote pages', () => {
  const url = 'https://finance.yahoo.com/quote/AAPL/';
  it.each([
    ['yahoo/quote_AAPL_ApiYahoo.html', 30.66],
    ['yahoo/quote_AAPL_yfinance-rs.html', 40.79],
  ])('%s → AAPL, header anchor, trailing P/E %s', (file, pe) => {
    const doc = loadSavedPage(file, url);
    expect(yahoo.symbolFromUrl(new URL(doc.URL))).toBe('AAPL');
    const anchor = findAnchor(doc, yahoo);
    expect(anchor).toBe(doc.querySelector(yahoo.anchors[0]!));
    expect(anchor?.textContent).toBe('Apple Inc. (AAPL)');
    expect(yahoo.readPe?.(doc)).toEqual({ pe, basis: 'trailing' });
  });

  it('article fragment: ticker chip and inline quote links give AMZN', () => {
    const doc = loadSavedPage('yahoo_news/article_AMZN_fragment_FinsightAI.html', 'https://finance.yahoo.com/news/why-amazon-com-amzn-best-151527123.html');
    const root = yahoo.articleRoots!.map((s) => doc.querySelector(s)).find(Boolean);
    expect(root?.getAttribute('data-testid')).toBe('article-content-wrapper');
    const chip = doc.querySelector<HTMLAnchorElement>('a[data-testid="ticker-container"]')!;
    expect(yahoo.tickerFromLink?.(chip)).toBe('AMZN');
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('a')].map((a) => yahoo.tickerFromLink?.(a)).filter(Boolean);
    expect(links).toEqual(['AMZN', 'AMZN', 'AMZN']);
  });
});

describe('yahoo on synthetic pages', () => {
  it('falls back when the quote header is missing', () => {
    const doc = parsePage('<header><h1>Yahoo Finance</h1></header><main><h1>Russell 2000 (^RUT)</h1></main>', 'https://finance.yahoo.com/quote/%5ERUT/');
    expect(findAnchor(doc, yahoo)?.textContent).toBe('Russell 2000 (^RUT)');
  });

  it('P/E: TTM "--" falls back to Forward P/E; nothing → null', () => {
    const doc = parsePage(
      '<div data-testid="quote-statistics"><ul><li><span>PE Ratio (TTM)</span><span>--</span></li></ul></div>' +
        '<section data-testid="valuation-measures"><ul><li><p>Forward P/E </p><p>18.20</p></li></ul></section>',
      'https://finance.yahoo.com/quote/SOFI/',
    );
    expect(yahoo.readPe?.(doc)).toEqual({ pe: 18.2, basis: 'forward' });
    expect(yahoo.readPe?.(parsePage('<p>nothing</p>', 'https://finance.yahoo.com/quote/X/'))).toBeNull();
  });

  it('reads chips by href, not by their text', () => {
    const doc = parsePage('<a data-testid="ticker-container" href="/quote/BRK-B/">&lt;img src=x&gt;</a><a href="/news/x">AAPL</a>', 'https://finance.yahoo.com/news/x.html');
    const [chip, news] = [...doc.querySelectorAll<HTMLAnchorElement>('a')];
    expect(yahoo.tickerFromLink?.(chip!)).toBe('BRK-B');
    expect(yahoo.tickerFromLink?.(news!)).toBeNull();
  });
});
