import { afterAll, describe, expect, it } from 'vitest';
import { closeSavedPages, parsePage } from '../../test/saved-pages.ts';
import { type TickerHit, scanForTickers } from './index.ts';

afterAll(closeSavedPages);

const none = new Set<string>();
const brief = (hits: TickerHit[]) => hits.map((h) => `${h.kind}:${h.symbol}`);
const page = (body: string) =>
  parsePage(`<html><head><style>.gone{display:none}.ghost{visibility:hidden}</style></head><body>${body}</body></html>`, 'https://finance.yahoo.com/news/x-1.html');

describe('hidden content is never badged', () => {
  // The `hidden` attribute and a closed <details> body are checked in real Chromium (e2e/headline.e2e.ts):
  // happy-dom's checkVisibility applies neither the UA stylesheet's [hidden] nor <details>' slot.
  it('display:none (inline or by class) and visibility:hidden are skipped', () => {
    const doc = page('<p style="display:none">$MSFT <a href="/quote/NVDA/">Nvidia</a></p><div class="gone"><p>$AMD</p></div><div class="ghost"><p>$INTC</p></div><p>$SOFI shown</p>');
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:SOFI']);
  });

  it('hidden tickers do not use up the 60-badge cap', () => {
    const hidden = Array.from({ length: 70 }, (_, i) => `<p>$H${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}</p>`).join('');
    const doc = page(`<div class="gone">${hidden}</div><p>$SOFI is the only visible ticker</p>`);
    expect(brief(scanForTickers(doc.body, { watchlist: none }))).toEqual(['cashtag:SOFI']);
  });
});
