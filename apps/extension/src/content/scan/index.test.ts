import { afterAll, describe, expect, it } from 'vitest';
import { yahoo } from '../sites/yahoo.ts';
import { ainvest } from '../sites/ainvest.ts';
import { HAVE_PAGES, closeSavedPages, loadSavedPage, parsePage } from '../../test/saved-pages.ts';
import { TICKER_SHAPE } from '@rotation-lens/market-data';
import { BADGE_HOST_ATTR, type TickerHit, scanForTickers } from './index.ts';

afterAll(closeSavedPages);

const ARTICLE = 'https://finance.yahoo.com/news/small-caps-rally-123.html';
const none = new Set<string>();
const page = (body: string, url = ARTICLE) => parsePage(`<body>${body}</body>`, url);
const brief = (hits: TickerHit[]) => hits.map((h) => `${h.kind}:${h.symbol}`);

describe('scanForTickers', () => {
  it('finds quote links (relative, other sites, generic), cashtags and exchange patterns in order', () => {
    const doc = page(
      '<p>Small caps led: <a href="/quote/IWM/">iShares Russell 2000</a> beat ' +
        '<a href="https://www.cnbc.com/quotes/.SPX">the S&amp;P 500</a>.</p>' +
        '<p>Apple (NASDAQ: AAPL) and $MSFT rose; <a href="https://www.wsj.com/market-data/quotes/NVDA">Nvidia</a> too.</p>' +
        '<p><a href="https://www.marketwatch.com/investing/stock/sofi">SoFi</a> and <a href="https://example.com/quotes/famous">quotes</a></p>',
    );
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual([
      'link:IWM',
      'link:^GSPC',
      'exchange:AAPL',
      'cashtag:MSFT',
      'link:NVDA',
      'link:SOFI',
    ]);
  });

  it('anchors: a link hit is the link; a text hit is the text node with endOffset after the ticker', () => {
    const doc = page('<p>Buy $AAPL now</p><p><a href="/quote/IWM/">IWM</a></p>');
    const [cash, link] = scanForTickers(doc.body, { watchlist: none });
    expect(cash!.anchor.nodeType).toBe(3);
    expect((cash!.anchor as Text).data.slice(0, cash!.endOffset)).toBe('Buy $AAPL');
    expect((link!.anchor as Element).tagName).toBe('A');
    expect(link!.endOffset).toBeUndefined();
  });

  it('text inside a non-quote link is anchored after the link, never inside it', () => {
    const doc = page('<p><a href="https://x.example/post">why $NVDA rose</a></p>');
    const [hit] = scanForTickers(doc.body, { watchlist: none });
    expect(hit?.symbol).toBe('NVDA');
    expect((hit!.anchor as Element).tagName).toBe('A');
  });

  it('common-word tickers are never bare-matched; watchlist words are', () => {
    const doc = page('<p>SOFI and PLTR rallied. IT was ALL ON for T, F, C, KEY and W. NVDA too.</p>');
    const wl = new Set(['SOFI', 'PLTR', 'IT', 'ALL', 'ON', 'T', 'F', 'C', 'KEY', 'W']);
    expect(brief(scanForTickers(doc.body, { watchlist: wl }))).toEqual(['watchlist:SOFI', 'watchlist:PLTR']);
  });

  it('a quote link’s own text is not matched again (no bare hit inside a chip)', () => {
    const doc = page('<p><a data-testid="ticker-container" href="/quote/SOFI/"><span>SOFI</span> +2%</a></p>');
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: new Set(['SOFI']) }))).toEqual(['link:SOFI']);
  });

  it('skips nav, header, footer, aside, code, pre, form fields, editable, hidden and badge hosts', () => {
    const doc = page(
      '<nav>$AAPL</nav><header>$AAPL</header><footer>$AAPL</footer><aside>$AAPL</aside><code>$AAPL</code><pre>$AAPL</pre>' +
        '<textarea>$AAPL</textarea><select><option>$AAPL</option></select><div contenteditable="true">$AAPL</div>' +
        `<div aria-hidden="true">$AAPL</div><span ${BADGE_HOST_ATTR}>$AAPL</span><script>var x = "$AAPL"</script>` +
        '<div role="navigation"><a href="/quote/AAPL/">AAPL</a></div><p>only $MSFT here</p>',
    );
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:MSFT']);
  });

  it('a root inside a skip zone yields nothing', () => {
    const doc = page('<nav><p id="p">$AAPL</p></nav>');
    expect(scanForTickers(doc.getElementById('p')!, { watchlist: none })).toEqual([]);
  });

  it('one hit per symbol per block; the same symbol again in another block', () => {
    const doc = page('<p>$AAPL, $AAPL and (NASDAQ: AAPL)</p><p>$AAPL</p>');
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:AAPL', 'cashtag:AAPL']);
  });

  it('at most maxPerSymbol (default 2) mentions of a symbol per page, links and text alike', () => {
    const doc = page('<p>$AAPL</p><p><a href="/quote/AAPL/">Apple</a></p><p>(NASDAQ: AAPL)</p><p>$MSFT</p><p>$AAPL</p>');
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:AAPL', 'link:AAPL', 'cashtag:MSFT']);
    const again = page('<p>$AAPL</p><p>$AAPL</p><p>$AAPL</p>');
    expect(brief(scanForTickers(again.body, { watchlist: none, maxPerSymbol: 1 }))).toEqual(['cashtag:AAPL']);
  });

  it('a ticker chip is preferred: it takes the place of the last text mention when the quota is used up', () => {
    const chip = '<div><a data-testid="ticker-container" href="/quote/AAPL/"><span>AAPL</span> +1%</a></div>';
    const doc = page(`<p>$AAPL one</p><p>$AAPL two</p><p>$AAPL three</p>${chip}<p>$AAPL four</p>`);
    const hits = scanForTickers(doc.body, { adapter: yahoo, watchlist: none });
    expect(brief(hits)).toEqual(['cashtag:AAPL', 'link:AAPL']);
    expect((hits[0]!.anchor as Text).data).toBe('$AAPL one');
    expect((hits[1]!.anchor as Element).getAttribute('data-testid')).toBe('ticker-container');
    // Without the adapter's chip selector the same link is an ordinary mention: no room left for it.
    expect(brief(scanForTickers(page(`<p>$AAPL one</p><p>$AAPL two</p>${chip}`).body, { watchlist: none }))).toEqual(['cashtag:AAPL', 'cashtag:AAPL']);
  });

  it('the per-symbol quota spans scans made with the same options object, not fresh ones', () => {
    const doc = page('<div id="a"><p>$AAPL</p></div><div id="b"><p>$AAPL</p><p>$AAPL</p></div>');
    const opts = { watchlist: none };
    expect(scanForTickers(doc.getElementById('a')!, opts)).toHaveLength(1);
    expect(brief(scanForTickers(doc.getElementById('b')!, opts))).toEqual(['cashtag:AAPL']);
    const fresh = page('<div id="a"><p>$AAPL</p></div><div id="b"><p>$AAPL</p><p>$AAPL</p></div>');
    scanForTickers(fresh.getElementById('a')!, { watchlist: none });
    expect(scanForTickers(fresh.getElementById('b')!, { watchlist: none })).toHaveLength(2);
  });

  it('caps hits at max (default 60)', () => {
    // 80 different symbols (the per-symbol quota does not limit this).
    const paras = Array.from({ length: 80 }, (_, i) => `<p>$T${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}</p>`);
    const doc = page(paras.join(''));
    expect(scanForTickers(doc.body, { watchlist: none })).toHaveLength(60);
    expect(scanForTickers(page(paras.join('')).body, { watchlist: none, max: 5 })).toHaveLength(5);
  });

  it('exclude drops the page’s own symbol', () => {
    const doc = page('<p>$AAPL and $MSFT</p>');
    expect(brief(scanForTickers(doc.body, { watchlist: none, exclude: new Set(['AAPL']) }))).toEqual(['cashtag:MSFT']);
  });

  it('is idempotent: a rescan finds nothing new; text split off by badge insertion is not re-badged', () => {
    const doc = page('<p>$AAPL and $MSFT</p><p><a href="/quote/IWM/">IWM</a></p>');
    const first = scanForTickers(doc.body, { watchlist: none });
    expect(first).toHaveLength(3);
    expect(scanForTickers(doc.body, { watchlist: none })).toEqual([]);
    // Simulate the badge code: split each text hit (last first) and insert a host after it.
    for (const h of [...first].reverse()) {
      const host = doc.createElement('span');
      host.setAttribute(BADGE_HOST_ATTR, '');
      if (h.anchor.nodeType === 3) {
        (h.anchor as Text).splitText(h.endOffset!);
        h.anchor.parentNode!.insertBefore(host, h.anchor.nextSibling);
      } else h.anchor.after(host);
    }
    expect(scanForTickers(doc.body, { watchlist: none })).toEqual([]);
    // Even a fresh copy of the badged paragraph (new nodes, new blocks) is recognised as badged.
    const copy = doc.body.firstElementChild!.cloneNode(true);
    doc.body.append(copy);
    expect(scanForTickers(copy as Element, { watchlist: none })).toEqual([]);
  });

  it('restricts to the adapter’s article roots when the page has them', () => {
    const doc = page('<div class="sidebar">$TSLA</div><div data-testid="article-content-wrapper"><p>$AAPL</p></div>');
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:AAPL']);
    expect(brief(scanForTickers(page('<p>$TSLA</p>').body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:TSLA']);
  });

  it('reads the older quote-link forms articles still carry: CNBC /quotes/?symbol=X, Barron’s /quote/X', () => {
    const cnbc = parsePage('<body><div class="ArticleBody-articleBody"><p><a href="/quotes/?symbol=COTY">Coty</a> and <a href="https://www.barrons.com/quote/HD">Home Depot</a></p></div></body>', 'https://www.cnbc.com/2019/05/01/coty.html');
    expect(brief(scanForTickers(cnbc.body, { watchlist: none }))).toEqual(['link:COTY', 'link:HD']);
    const barrons = parsePage('<body><article><p><a href="/quote/HD">Home Depot</a>, <a href="https://www.cnbc.com/quotes/?symbol=.SPX">the S&amp;P 500</a></p></article></body>', 'https://www.barrons.com/articles/home-depot-1');
    expect(brief(scanForTickers(barrons.body, { watchlist: none }))).toEqual(['link:HD', 'link:^GSPC']);
  });

  it('uses site-specific link patterns (AInvest data-code chips)', () => {
    const doc = page('<article><p><a class="_dollar_" data-code="IWM">Russell ETF</a></p></article>', 'https://www.ainvest.com/news/x/');
    expect(brief(scanForTickers(doc.body, { adapter: ainvest, watchlist: none }))).toEqual(['link:IWM']);
  });

  it('XSS-looking text produces no hit with markup; every symbol is safe', () => {
    const doc = page(
      '<p>&lt;img src=x onerror=alert(1)&gt; $&lt;img&gt; (NYSE: &lt;b&gt;) $&lt;IMG&gt;</p>' +
        '<p><a href="/quote/%3Cimg%20src=x%3E/">x</a><a href="javascript:alert(1)">$</a></p>',
    );
    const hits = scanForTickers(doc.body, { watchlist: new Set(['IMG', 'SRC', 'X']) });
    for (const h of hits) expect(h.symbol).toMatch(TICKER_SHAPE);
    expect(hits.every((h) => !/[<>]/.test(h.symbol))).toBe(true);
    expect(brief(hits)).toEqual([]);
  });
});

describe.skipIf(!HAVE_PAGES)('scanForTickers on the real Yahoo article fragment', () => {
  const FRAGMENT = 'yahoo_news/article_AMZN_fragment_FinsightAI.html';

  it('badges AMZN twice — its ticker chip and the first mention — plus the (NYSE: DEO), (NASDAQ: UBER) mentions', () => {
    const doc = loadSavedPage(FRAGMENT, ARTICLE);
    const hits = scanForTickers(doc, { adapter: yahoo, watchlist: new Set(['AMZN', 'SOFI']) });
    // Title "(AMZN)" (watchlist word) comes first, then the chip; the 13 paragraph mentions are not badged.
    expect(brief(hits)).toEqual(['watchlist:AMZN', 'link:AMZN', 'exchange:DEO', 'exchange:UBER']);
    expect((hits[1]!.anchor as Element).getAttribute('data-testid')).toBe('ticker-container');
    // Every AMZN mention would be badged without the per-symbol cap (one per paragraph): far more than 2.
    const uncapped = scanForTickers(loadSavedPage(FRAGMENT, ARTICLE), { adapter: yahoo, watchlist: new Set(['AMZN']), maxPerSymbol: 100 });
    expect(uncapped.filter((h) => h.symbol === 'AMZN').length).toBeGreaterThanOrEqual(10);
  });

  it('without a watchlist: the chip and the first inline quote link', () => {
    const hits = scanForTickers(loadSavedPage(FRAGMENT, ARTICLE), { adapter: yahoo, watchlist: none });
    expect(brief(hits)).toEqual(['link:AMZN', 'link:AMZN', 'exchange:DEO', 'exchange:UBER']);
    expect((hits[0]!.anchor as Element).getAttribute('data-testid')).toBe('ticker-container');
    expect((hits[1]!.anchor as Element).getAttribute('data-testid')).toBeNull();
  });
});

describe('work a scan skips (the 10,000-node article stays within its budget: pnpm bench)', () => {
  it('a mention whose symbol has used up its quota is not checked for visibility', () => {
    const doc = page(`<div>${'<p>Shares of $AAPL rose.</p>'.repeat(6)}</div>`);
    let checks = 0;
    for (const p of doc.querySelectorAll('p')) {
      const own = p.checkVisibility.bind(p);
      p.checkVisibility = (o?: CheckVisibilityOptions) => {
        checks++;
        return own(o);
      };
    }
    expect(brief(scanForTickers(doc.body, { adapter: yahoo, watchlist: none }))).toEqual(['cashtag:AAPL', 'cashtag:AAPL']);
    // The two badged mentions only; four more find the quota used up.
    expect(checks).toBe(2);
  });
});
