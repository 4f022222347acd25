import { afterAll, describe, expect, it } from 'vitest';
import { finviz } from './finviz.ts';
import { findAnchor } from './lib/anchor.ts';
import { HAVE_PAGES, closeSavedPages, loadSavedPage, parsePage } from '../../test/saved-pages.ts';

afterAll(closeSavedPages);

describe.skipIf(!HAVE_PAGES)('finviz on the real saved AACT page', () => {
  it('AACT, ticker anchor, trailing P/E 27.09 because Forward P/E is "-"', () => {
    const doc = loadSavedPage('finviz/quote_AACT_finvizor_rust.html', 'https://finviz.com/quote.ashx?t=AACT');
    expect(finviz.symbolFromUrl(new URL(doc.URL))).toBe('AACT');
    const anchor = findAnchor(doc, finviz);
    expect(anchor?.matches('h1.quote-header_ticker-wrapper_ticker')).toBe(true);
    expect(anchor?.textContent?.trim()).toBe('AACT');
    expect(finviz.readPe?.(doc)).toEqual({ pe: 27.09, basis: 'trailing' });
  });
});

describe('finviz on synthetic snapshot tables', () => {
  const table = (fwd: string, pe: string) =>
    `<table class="snapshot-table2"><tr><td>P/E</td><td><b>${pe}</b></td><td>Forward P/E</td><td><b>${fwd}</b></td></tr></table>`;
  const at = (html: string) => parsePage(html, 'https://finviz.com/quote.ashx?t=IWM');

  it('prefers Forward P/E when shown', () => {
    expect(finviz.readPe?.(at(table('21.50', '25.00')))).toEqual({ pe: 21.5, basis: 'forward' });
  });
  it('readPes gives both P/Es, forward first; only the readable ones', () => {
    expect(finviz.readPes?.(at(table('21.50', '25.00')))).toEqual([
      { pe: 21.5, basis: 'forward' },
      { pe: 25, basis: 'trailing' },
    ]);
    expect(finviz.readPes?.(at(table('-', '25.00')))).toEqual([{ pe: 25, basis: 'trailing' }]);
  });
  it("'-' everywhere → null (unknown, not NaN or 0)", () => {
    expect(finviz.readPe?.(at(table('-', '-')))).toBeNull();
  });
  it('does not confuse PEG or P/S with P/E', () => {
    const doc = at('<table class="snapshot-table2"><tr><td>PEG</td><td>1.2</td><td>P/S</td><td>3.4</td></tr></table>');
    expect(finviz.readPe?.(doc)).toBeNull();
  });
  it('falls back to the snapshot table when the header is gone', () => {
    expect(findAnchor(at(table('1', '2')), finviz)?.tagName).toBe('TABLE');
  });
});
