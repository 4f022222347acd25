import { afterAll, describe, expect, it } from 'vitest';
import { findAnchor } from './lib/anchor.ts';
import { HAVE_PAGES, closeSavedPages, loadSavedPage, parsePage } from '../../test/saved-pages.ts';
import { nasdaq } from './nasdaq.ts';

afterAll(closeSavedPages);

describe.skipIf(!HAVE_PAGES)('nasdaq on the real saved aapl page', () => {
  it('AAPL from URL and page; fallback anchor although symbol-page-header__* is absent', () => {
    const doc = loadSavedPage('nasdaq/aapl_DSCI-511_rendered-dom.html', 'https://www.nasdaq.com/market-activity/stocks/aapl');
    expect(nasdaq.symbolFromUrl(new URL(doc.URL))).toBe('AAPL');
    expect(nasdaq.symbolFromPage?.(doc)).toBe('AAPL');
    for (const sel of nasdaq.anchors) expect(doc.querySelector(sel)).toBeNull();
    const anchor = findAnchor(doc, nasdaq);
    expect(anchor?.tagName).toBe('H1');
    expect(anchor?.textContent?.trim()).toBe('Apple Inc. Common Stock (AAPL)');
  });
});

describe('nasdaq on synthetic pages', () => {
  it('prefers the old header landmark when present', () => {
    const doc = parsePage('<h1>Nasdaq</h1><span class="symbol-page-header__symbol">IWM</span>', 'https://www.nasdaq.com/market-activity/etf/iwm');
    expect(findAnchor(doc, nasdaq)?.textContent).toBe('IWM');
  });
  it('symbolFromPage reads data-symbol, rejects junk', () => {
    expect(nasdaq.symbolFromPage?.(parsePage('<div class="nsdq-quote-header" data-symbol="brk.b"></div>', 'https://www.nasdaq.com/'))).toBe('BRK-B');
    expect(nasdaq.symbolFromPage?.(parsePage('<div data-symbol="<b>x</b>"></div>', 'https://www.nasdaq.com/'))).toBeNull();
  });
});
