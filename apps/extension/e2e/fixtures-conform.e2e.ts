/**
 * The fixture pages are only useful if they reproduce what the adapters look for. Parsed with happy-dom
 * at their real URLs (no browser, no extension): the registry picks the right adapter, the symbol comes
 * from the URL (or the page where the site has none in the URL), a LANDMARK anchor (not the fallback)
 * is found, and sites whose adapter reads a P/E read the fixture's.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../src/content/sites/index.ts';
import { PROXY_FIXTURE, QUOTE_FIXTURES, type QuoteFixture } from './fixtures/site-pages.ts';

function parse(fx: QuoteFixture): Document {
  const window = new Window({ url: fx.url });
  return new window.DOMParser().parseFromString(readFileSync(fx.file, 'utf8'), 'text/html') as unknown as Document;
}

describe('fixture quote pages match the site adapters', () => {
  it('covers all 15 sites once', () => {
    expect(new Set(QUOTE_FIXTURES.map((q) => q.site)).size).toBe(15);
  });

  it.each([...QUOTE_FIXTURES, PROXY_FIXTURE].map((q) => [q.site, q] as const))('%s', (_site, fx) => {
    const url = new URL(fx.url);
    const adapter = adapterForUrl(url);
    expect(adapter?.id).toBe(fx.site);
    const doc = parse(fx);
    expect(adapter!.symbolFromUrl(url) ?? adapter!.symbolFromPage?.(doc) ?? null).toBe(fx.symbol);
    const landmark = adapter!.anchors.map((s) => doc.querySelector(s)).find((el) => el !== null);
    expect(landmark, `a landmark of ${adapter!.anchors.join(' | ')}`).toBeTruthy();
    expect(adapter!.readPe?.(doc) ?? null).toEqual(fx.pe);
  });
});
