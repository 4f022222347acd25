/**
 * The scanner as the generic detector for a page on a site no adapter serves ("Badge tickers on this
 * page" on e.g. reuters.com): no adapter and no watchlist words, so only explicit marks count — $CASHTAGs,
 * "(NYSE: X)"-style mentions, links to the supported sites' quote pages — with the same caps, skip zones
 * and hidden-content rules. The common-word tickers of ../shared/data/prices (A, ALL, C, F, IT, ON, T,
 * KEY, W) must never be badged from plain words in real prose.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { HAVE_PAGES, PAGES_DIR, closeSavedPages, parsePage } from '../../test/saved-pages.ts';
import { genericAdapter } from '../anypage/adapter.ts';
import { type TickerHit, scanForTickers } from './index.ts';

afterAll(closeSavedPages);

const REUTERS = 'https://www.reuters.com/markets/us/small-caps-rally-rate-cut-bets-2024-09-12/';
const COMMON = ['A', 'ALL', 'C', 'F', 'IT', 'ON', 'T', 'KEY', 'W'];
const generic = (body: string) => scanForTickers(parsePage(`<body>${body}</body>`, REUTERS).body, { adapter: genericAdapter, watchlist: new Set() });
const brief = (hits: TickerHit[]) => hits.map((h) => `${h.kind}:${h.symbol}`);

/** Prose that uses each common-word ticker as a word, in the places prose puts them. */
const PROSE = [
  'A rally in small caps left ALL the big indexes behind. IT spending, one strategist said, was not the story.',
  'ON the day, KEY measures of breadth improved; Plan C for the bears is to wait. Vitamin C sales rose too.',
  'The F-150 and T-bills: F is for Ford, T is for yields. W-2 season is far off, and "W" marks the shape of the recovery.',
  'ALL CAPS HEADLINES SAY IT IS ON: A BIG WEEK FOR T AND F.',
  'Grades: A for small caps, C for big tech, F for bonds; KEY takeaway: it is ALL about rates.',
].map((p) => `<p>${p}</p>`);

describe('the generic detector on an unknown site', () => {
  it('never badges the common-word tickers from plain words', () => {
    expect(generic(`<article>${PROSE.join('')}</article>`)).toEqual([]);
  });

  it('badges the same words when the page marks them: $T, (NYSE: F), (NYSE: KEY), a supported site’s quote link', () => {
    const hits = generic('<article><p>AT&amp;T ($T) and Ford (NYSE: F) rose; KeyCorp (NYSE: KEY) and <a href="https://finance.yahoo.com/quote/W/">Wayfair</a> fell.</p></article>');
    expect(brief(hits)).toEqual(['cashtag:T', 'exchange:F', 'exchange:KEY', 'link:W']);
  });

  it('trusts only the supported sites’ quote links: generic shapes on an unknown host are plain links there', () => {
    const body =
      '<article><p>Shares of <a href="/quote/AAPL/">Apple</a> slipped after the close.</p><p>Chip maker <a href="https://www.wsj.com/market-data/quotes/NVDA">Nvidia</a> gained in late trade.</p>' +
      '<p>The small-cap fund <a href="https://www.cnbc.com/quotes/IWM">IWM</a> led the day.</p></article>';
    expect(brief(generic(body))).toEqual(['link:IWM']);
    // The same links with no adapter (a supported site's own article reads the shapes): all three.
    const any = scanForTickers(parsePage(`<body>${body}</body>`, REUTERS).body, { watchlist: new Set() });
    expect(brief(any)).toEqual(['link:AAPL', 'link:NVDA', 'link:IWM']);
  });

  it('ignores the reader’s watchlist words: a bare AAPL or PLTR is badged on a supported site’s article, never here', () => {
    const body = '<article><p>Analysts said AAPL and MSFT lagged, while PLTR slipped and $SOFI rose.</p></article>';
    const watchlist = new Set(['AAPL', 'MSFT', 'PLTR', 'SOFI']);
    const on = (adapter: typeof genericAdapter | undefined) => brief(scanForTickers(parsePage(`<body>${body}</body>`, REUTERS).body, { adapter, watchlist }));
    expect(on(genericAdapter)).toEqual(['cashtag:SOFI']);
    expect(on(undefined)).toEqual(['watchlist:AAPL', 'watchlist:MSFT', 'watchlist:PLTR', 'cashtag:SOFI']);
  });

  it('reads the story, not the page chrome or a market strip above it', () => {
    const strip = ['%5EGSPC', '%5EDJI', '%5ERUT'].map((s) => `<li><a href="https://finance.yahoo.com/quote/${s}/">Index</a> 1,234.5 +0.2%</li>`).join('');
    const hits = generic(`<div class="masthead"><ul>${strip}</ul></div><nav>$AAPL</nav><div class="story"><h1>Small caps rally</h1><p>$SOFI jumped and (NASDAQ: NVDA) fell.</p></div>`);
    expect(brief(hits)).toEqual(['cashtag:SOFI', 'exchange:NVDA']);
  });
});

describe.skipIf(!HAVE_PAGES)('the generic detector on real prose (the saved Yahoo article, served at a Reuters URL)', () => {
  it('finds its exchange mentions and none of the common-word tickers', () => {
    const html = readFileSync(`${PAGES_DIR}yahoo_news/article_AMZN_fragment_FinsightAI.html`, 'utf8');
    const hits = generic(`<article>${html}${PROSE.join('')}</article>`);
    const symbols = hits.map((h) => h.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['AMZN', 'DEO', 'UBER']));
    for (const word of COMMON) expect(symbols, word).not.toContain(word);
  });
});
