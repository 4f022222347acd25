import { afterAll, describe, expect, it } from 'vitest';
import { google } from './google.ts';
import { findAnchor } from './lib/anchor.ts';
import { HAVE_PAGES, closeSavedPages, loadSavedPage, parsePage } from '../../test/saved-pages.ts';

afterAll(closeSavedPages);

describe.skipIf(!HAVE_PAGES)('google finance on the real saved 2881:TPE page', () => {
  it('2881.TW (Yahoo suffix form), anchored on the role=heading level 1', () => {
    const doc = loadSavedPage('google_finance/quote_2881-TPE_fhc-elite.html', 'https://www.google.com/finance/quote/2881:TPE?hl=zh-TW');
    expect(google.symbolFromUrl(new URL(doc.URL))).toBe('2881.TW');
    const anchor = findAnchor(doc, google);
    expect(anchor?.getAttribute('role')).toBe('heading');
    expect(anchor?.getAttribute('aria-level')).toBe('1');
    expect(anchor?.textContent).toBe('富邦金融控股');
  });
});

describe('google finance on synthetic pages', () => {
  it('uses roles, not hashed classes, and falls back outside main', () => {
    const doc = parsePage('<div role="heading" aria-level="2">x</div><div role="heading" aria-level="1">Russell 2000</div>', 'https://www.google.com/finance/quote/RUT:INDEXRUSSELL');
    expect(findAnchor(doc, google)?.textContent).toBe('Russell 2000');
  });
});
