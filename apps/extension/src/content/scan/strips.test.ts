import { afterAll, describe, expect, it } from 'vitest';
import { HAVE_PAGES, closeSavedPages, loadSavedPage, parsePage } from '../../test/saved-pages.ts';
import { yahoo } from '../sites/yahoo.ts';
import { type TickerHit, scanForTickers } from './index.ts';

afterAll(closeSavedPages);

const NEWS = 'https://finance.yahoo.com/news/small-caps-rally-123.html';
const none = new Set<string>();
const brief = (hits: TickerHit[]) => hits.map((h) => `${h.kind}:${h.symbol}`);
const page = (body: string) => parsePage(`<body>${body}</body>`, NEWS);
const strip = (tag: string, item: string) =>
  `<${tag} class="strip">${['%5EGSPC', '%5EDJI', '%5EIXIC', '%5ERUT'].map((s) => item.replace('HREF', `/quote/${s}/`)).join(' ')}</${tag}>`;

describe('market strips and quotes tables are never badged', () => {
  it('a list of index links with prices (a market strip) outside any landmark', () => {
    const doc = page(`<div class="topbar">${strip('ul', '<li><a href="HREF">S&amp;P 500</a> 6,906.81 <span>+0.23%</span></li>')}</div><div class="story"><p>$SOFI jumped; <a href="/quote/IWM/">small caps</a> too.</p></div>`);
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:SOFI', 'link:IWM']);
  });

  it('a row of bare quote links, and a table of quotes with company names', () => {
    const table = `<table><tbody>${['AAPL', 'MSFT', 'NVDA'].map((s) => `<tr><td><a href="/quote/${s}/">${s}</a></td><td>Some Company Inc.</td><td>190.10</td><td>+1.2%</td></tr>`).join('')}</tbody></table>`;
    const doc = page(`<div>${strip('div', '<a href="HREF">Index</a>')}</div><div>${table}</div><p>Meanwhile $TSLA fell.</p>`);
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:TSLA']);
  });

  it('prose naming several tickers is not a strip (words between the links), nor a list of sentences', () => {
    const doc = page(
      '<p>Shares of <a href="/quote/AAPL/">Apple</a>, <a href="/quote/MSFT/">Microsoft</a> and <a href="/quote/NVDA/">Nvidia</a> rose on Thursday.</p>' +
        '<ul><li><a href="/quote/AMD/">AMD</a> reported record data-center revenue for the quarter</li><li><a href="/quote/INTC/">Intel</a> cut its outlook again after the close today</li><li><a href="/quote/MU/">Micron</a> guided above every estimate on memory pricing</li></ul>',
    );
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['link:AAPL', 'link:MSFT', 'link:NVDA', 'link:AMD', 'link:INTC', 'link:MU']);
  });

  it("the site's own ticker chips are not a strip", () => {
    const chips = ['IWM', 'AAPL', 'SOFI'].map((s) => `<a data-testid="ticker-container" href="/quote/${s}/"><span>${s}</span> +1%</a>`).join('');
    const doc = page(`<div data-testid="article-content-wrapper"><div class="ticker-list">${chips}</div><p>Text.</p></div>`);
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['link:IWM', 'link:AAPL', 'link:SOFI']);
  });
});

describe.skipIf(!HAVE_PAGES)("Yahoo's real market summary list (^GSPC, ^DJI, ^IXIC …), moved into an article page", () => {
  it('is recognised as a strip wherever it sits: nothing in it is badged, the article is', () => {
    const doc = loadSavedPage('yahoo/quote_AAPL_yfinance-rs.html', NEWS);
    const list = doc.querySelector('a[data-testid="ticker-list-item"][href="/quote/%5EGSPC/"]')!.closest('ul')!;
    const main = doc.querySelector('main')!;
    const story = doc.createElement('div');
    const p = doc.createElement('p');
    p.textContent = 'Small caps led as $SOFI jumped and (NYSE: JPM) held.';
    story.append(list, p);
    main.append(story);
    const hits = scanForTickers(doc.body, { adapter: yahoo, watchlist: none });
    const symbols = hits.map((h) => h.symbol);
    expect(symbols, JSON.stringify(brief(hits))).toContain('SOFI');
    expect(symbols).toContain('JPM');
    // (The page's own prose link "S&P 500 (^GSPC)" in the main column is badged; the strip's are not.)
    for (const index of ['^DJI', '^IXIC']) expect(symbols, index).not.toContain(index);
    expect(list.querySelectorAll('a[data-testid="ticker-list-item"]').length).toBeGreaterThanOrEqual(3);
    expect(hits.every((h) => !list.contains(h.anchor))).toBe(true);
  });
});

describe('how a block is judged', () => {
  it('a block with fewer links than a strip needs items is prose, judged without reading its children’s text', () => {
    const doc = page(`<div class="story">${'<p>Plain prose, no link.</p>'.repeat(20)}<p>See <a href="/quote/IWM/">small caps</a> rally.</p></div>`);
    const read: Element[] = [];
    for (const p of doc.querySelectorAll('.story > p')) {
      Object.defineProperty(p, 'textContent', {
        get() {
          read.push(p);
          return '';
        },
      });
    }
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['link:IWM']);
    expect(read).toEqual([]);
  });
});
