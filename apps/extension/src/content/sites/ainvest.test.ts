import { afterAll, describe, expect, it } from 'vitest';
import { ainvest } from './ainvest.ts';
import { closeSavedPages, parsePage } from '../../test/saved-pages.ts';

afterAll(closeSavedPages);

describe('ainvest article ticker links', () => {
  const doc = parsePage(
    '<article><a class="_dollar_" data-code="IWM">$IWM</a> <a class="_dollar_" data-code="NASDAQ-AAPL">Apple</a>' +
      '<a href="/stocks/NYSE-BRK.B/">Berkshire</a><a href="/news/x">news</a><a class="_dollar_" data-code="&lt;b&gt;">x</a></article>',
    'https://www.ainvest.com/news/small-caps-2407/',
  );
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a')];

  it('reads data-code chips and quote hrefs; rejects junk', () => {
    expect(links.map((a) => ainvest.tickerFromLink?.(a) ?? null)).toEqual(['IWM', 'AAPL', 'BRK-B', null, null]);
  });
});
