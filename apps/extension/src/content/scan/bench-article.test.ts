/** The benchmark's 10,000-node article (bench/article.ts), scanned untimed: completes and finds every planted ticker. */
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_WATCHLIST, buildArticle } from '../../../bench/article.ts';
import { closeSavedPages, parsePage } from '../../test/saved-pages.ts';
import { scanForTickers } from './index.ts';

afterAll(closeSavedPages);

describe('scan of the benchmark article', () => {
  it('walks 10,000 nodes and finds the planted tickers, in order', () => {
    const doc = parsePage('<body></body>', 'https://finance.yahoo.com/news/bench.html');
    const article = buildArticle(doc);
    expect(article.nodeCount).toBeGreaterThanOrEqual(10_000);
    doc.body.append(article.root);
    const hits = scanForTickers(article.root, { watchlist: BENCH_WATCHLIST, max: 100_000, maxPerSymbol: Number.POSITIVE_INFINITY });
    expect(hits.map((h) => h.symbol)).toEqual(article.planted);
  });

  it('with the default caps: at most 2 badges per symbol, 60 in all', () => {
    const doc = parsePage('<body></body>', 'https://finance.yahoo.com/news/bench.html');
    const article = buildArticle(doc);
    doc.body.append(article.root);
    const hits = scanForTickers(article.root, { watchlist: BENCH_WATCHLIST });
    const symbols = new Set(article.planted);
    expect(hits).toHaveLength(Math.min(60, 2 * symbols.size));
    for (const s of symbols) expect(hits.filter((h) => h.symbol === s)).toHaveLength(2);
    const doc2 = parsePage('<body></body>', 'https://finance.yahoo.com/news/bench.html');
    const again = buildArticle(doc2);
    doc2.body.append(again.root);
    expect(scanForTickers(again.root, { watchlist: BENCH_WATCHLIST, maxPerSymbol: Number.POSITIVE_INFINITY })).toHaveLength(60);
  });
});
