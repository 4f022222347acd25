import { afterAll, describe, expect, it } from 'vitest';
import { investing } from './investing.ts';
import { findAnchor } from './lib/anchor.ts';
import { closeSavedPages, parsePage } from '../../test/saved-pages.ts';

afterAll(closeSavedPages);

const URL_ = 'https://www.investing.com/equities/apple-computer-inc';

describe('investing.com reads equities from the page', () => {
  it('instrument header "Apple Inc (AAPL)" → AAPL, and the badge anchors on it', () => {
    const doc = parsePage('<h1 data-test="instrument-header-title">Apple Inc (AAPL)</h1>', URL_);
    expect(investing.symbolFromUrl(new URL(URL_))).toBeNull();
    expect(investing.symbolFromPage?.(doc)).toBe('AAPL');
    expect(findAnchor(doc, investing)?.textContent).toBe('Apple Inc (AAPL)');
  });

  it('plain h1 with a class share → BRK-B', () => {
    expect(investing.symbolFromPage?.(parsePage('<main><h1>Berkshire Hathaway Inc (BRK.B)</h1></main>', URL_))).toBe('BRK-B');
  });

  it('falls back to og:title "NASDAQ AAPL"', () => {
    const doc = parsePage('<head><meta property="og:title" content="Apple Stock Price Today | NASDAQ AAPL Live Ticker - Investing.com"></head><h1>Apple Inc</h1>', URL_);
    expect(investing.symbolFromPage?.(doc)).toBe('AAPL');
  });

  it('no symbol on the page → null; markup-looking text → null', () => {
    expect(investing.symbolFromPage?.(parsePage('<h1>Markets</h1>', URL_))).toBeNull();
    expect(investing.symbolFromPage?.(parsePage('<h1>Evil (&lt;img src=x onerror=alert(1)&gt;)</h1>', URL_))).toBeNull();
  });
});
