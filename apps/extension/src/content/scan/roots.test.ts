import { afterAll, describe, expect, it } from 'vitest';
import { closeSavedPages, parsePage } from '../../test/saved-pages.ts';
import { yahoo } from '../sites/yahoo.ts';
import { type TickerHit, scanForTickers } from './index.ts';
import { articleRoots } from './roots.ts';

afterAll(closeSavedPages);

const none = new Set<string>();
const brief = (hits: TickerHit[]) => hits.map((h) => `${h.kind}:${h.symbol}`);
const page = (body: string) => parsePage(`<body>${body}</body>`, 'https://finance.yahoo.com/news/x-1.html');

describe('where the scanner reads when no article root of the site matches', () => {
  it('prefers the marked-up article body, then <article>, then the main region', () => {
    const doc = page('<div>$TSLA</div><main><div>$MSFT</div><article><p>$AAPL</p><div itemprop="articleBody"><p>$NVDA</p></div></article></main>');
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:NVDA']);
    const noBody = page('<div>$TSLA</div><main><div>$MSFT</div><article><p>$AAPL</p></article></main>');
    expect(brief(scanForTickers(noBody.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:AAPL']);
    const mainOnly = page('<div>$TSLA</div><div role="main"><p>$MSFT</p></div>');
    expect(brief(scanForTickers(mainOnly.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:MSFT']);
  });

  it('an adapter root that sits only in page chrome (Yahoo .body in the right rail) does not count', () => {
    const doc = page('<aside><div class="body">$TSLA</div></aside><main><p>$AAPL</p></main>');
    expect(articleRoots(doc, yahoo).map((e) => e.localName)).toEqual(['main']);
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:AAPL']);
  });

  it('never page chrome: banner, complementary, marquee and toolbar regions are skipped like header and nav', () => {
    const doc = page('<div role="banner">$A1</div><div role="complementary">$TSLA</div><div role="marquee">$MSFT</div><div role="toolbar">$NVDA</div><p>$AAPL</p>');
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:AAPL']);
  });
});

describe('a badge never moves or resizes the page headline', () => {
  it('no hit inside the headline or before it', () => {
    const doc = page('<div class="top"><a href="/quote/SPY/">S&amp;P 500</a> $QQQ</div><h1>Why $NVDA (NASDAQ: NVDA) fell</h1><p>$AAPL and $NVDA.</p>');
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:AAPL', 'cashtag:NVDA']);
  });

  it('the headline is the main content’s h1, not a site logo h1 in the header', () => {
    const doc = page('<header><h1>Yahoo Finance</h1></header><p>$TSLA before</p><main><h1>Small caps rally</h1><p>$AAPL after</p></main>');
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:AAPL']);
  });
});
