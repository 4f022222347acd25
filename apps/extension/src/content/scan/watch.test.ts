import { afterAll, describe, expect, it, vi } from 'vitest';
import { closeSavedPages, parsePage } from '../../test/saved-pages.ts';
import { yahoo } from '../sites/yahoo.ts';
import { type TickerHit, scanForTickers } from './index.ts';
import { watchForTickers } from './watch.ts';

afterAll(closeSavedPages);

const none = new Set<string>();
const page = (body: string) => parsePage(`<body>${body}</body>`, 'https://finance.yahoo.com/news/x.html');

/** Append a paragraph with `text` (as text) to `parent`. */
function add(parent: Element, text: string): void {
  const p = parent.ownerDocument.createElement('p');
  p.textContent = text;
  parent.append(p);
}

function collect() {
  const batches: TickerHit[][] = [];
  return { batches, onHits: (hits: TickerHit[]) => batches.push(hits), all: () => batches.flat().map((h) => h.symbol) };
}

describe('watchForTickers', () => {
  it('scans added nodes only, in one batch, and never rescans existing ones', async () => {
    const doc = page('<p>$AAPL already here</p><div id="feed"></div>');
    const got = collect();
    const stop = watchForTickers(doc.body, { watchlist: none }, got.onHits);
    const feed = doc.getElementById('feed')!;
    for (const sym of ['MSFT', 'NVDA']) {
      add(feed, `now $${sym}`);
    }
    feed.append(doc.createTextNode(' and $TSLA'));
    await vi.waitFor(() => expect(got.all()).toEqual(['MSFT', 'NVDA', 'TSLA']));
    expect(got.batches).toHaveLength(1);
    stop();
  });

  it('only the added subtree is scanned, not the whole page', async () => {
    const doc = page('<p>$AAPL</p><div id="feed"></div>');
    const got = collect();
    const stop = watchForTickers(doc.body, { watchlist: none }, got.onHits);
    add(doc.getElementById('feed')!, '$MSFT');
    await vi.waitFor(() => expect(got.all()).toEqual(['MSFT']));
    stop();
  });

  it('ignores badge hosts, skip zones, and additions after stop()', async () => {
    const doc = page('<nav id="nav"></nav><div id="feed"></div>');
    const got = collect();
    const stop = watchForTickers(doc.body, { watchlist: none }, got.onHits);
    const host = doc.createElement('span');
    host.setAttribute('data-rotation-lens', '');
    host.textContent = '$AAPL';
    doc.getElementById('feed')!.append(host);
    add(doc.getElementById('nav')!, '$AMD');
    add(doc.getElementById('feed')!, '$MSFT');
    await vi.waitFor(() => expect(got.all()).toEqual(['MSFT']));
    stop();
    add(doc.body, '$NVDA');
    await new Promise((r) => setTimeout(r, 60));
    expect(got.all()).toEqual(['MSFT']);
  });

  it('keeps the per-page cap across batches', async () => {
    const doc = page('<div id="feed"></div>');
    const got = collect();
    const stop = watchForTickers(doc.body, { watchlist: none, max: 3 }, got.onHits);
    const feed = doc.getElementById('feed')!;
    for (const sym of ['AA', 'BB', 'CC', 'DD', 'EE']) {
      add(feed, `$${sym}`);
    }
    await vi.waitFor(() => expect(got.all()).toEqual(['AA', 'BB', 'CC']));
    add(feed, '$FF');
    await new Promise((r) => setTimeout(r, 60));
    expect(got.all()).toEqual(['AA', 'BB', 'CC']);
    stop();
  });

  it('the per-symbol quota spans the first scan and every batch made with the same options', async () => {
    const doc = page('<p>$AAPL first</p><div id="feed"></div>');
    const opts = { watchlist: none };
    expect(scanForTickers(doc.body, opts)).toHaveLength(1);
    const got = collect();
    const stop = watchForTickers(doc.body, opts, got.onHits);
    const feed = doc.getElementById('feed')!;
    add(feed, '$AAPL second');
    add(feed, '$MSFT');
    await vi.waitFor(() => expect(got.all()).toEqual(['AAPL', 'MSFT']));
    add(feed, '$AAPL third');
    add(feed, '$NVDA');
    await vi.waitFor(() => expect(got.all()).toEqual(['AAPL', 'MSFT', 'NVDA']));
    stop();
  });

  it('on article pages, additions outside the article body are ignored', async () => {
    const doc = page('<div data-testid="article-content-wrapper" id="art"></div><div id="side"></div>');
    const got = collect();
    const stop = watchForTickers(doc.body, { adapter: yahoo, watchlist: none }, got.onHits);
    add(doc.getElementById('side')!, '$AMD');
    add(doc.getElementById('art')!, '$MSFT');
    await vi.waitFor(() => expect(got.all()).toEqual(['MSFT']));
    stop();
  });

  it('an initial scan followed by watching does not double-report', async () => {
    const doc = page('<div id="feed"><p>$AAPL</p></div>');
    expect(scanForTickers(doc.body, { watchlist: none })).toHaveLength(1);
    const got = collect();
    const stop = watchForTickers(doc.body, { watchlist: none }, got.onHits);
    // Re-appending an already scanned node is an "added node" but is not reported again.
    const feed = doc.getElementById('feed')!;
    feed.append(feed.firstElementChild!);
    add(feed, '$MSFT');
    await vi.waitFor(() => expect(got.all()).toEqual(['MSFT']));
    stop();
  });
});
