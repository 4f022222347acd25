/**
 * The real saved pages from ../shared/data/pages (see its PROVENANCE.md), served byte-exact at their real
 * URLs; every other request they make (scripts, images, trackers on real hosts) is answered 204/404 by the
 * local server. The symbol is found, badges attach, and the page's own layout is intact: the anchor's text
 * and the header's height are compared with the same page served at a host the extension does not run on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAVED_PAGES_DIR, e2eGate } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adapterById } from '../src/content/sites/index.ts';
import type { SiteId } from '../src/shared/sites.ts';
import { badgedSymbols, pollBadges, settled, settledBadge, textOfFirst } from './support/page-helpers.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });

interface SavedPage {
  name: string;
  site: SiteId;
  url: string;
  file: string;
  symbol: string;
  /** Header element whose height must not change (layout intact). */
  header: string;
  /** The worker knows the symbol (history in ../shared/data/prices) or reports it unknown. */
  known: boolean;
}

const page = (site: SiteId, name: string, url: string, file: string, symbol: string, header: string, known: boolean): SavedPage => ({ name, site, url, file: join(SAVED_PAGES_DIR, file), symbol, header, known });

const SAVED: SavedPage[] = [
  page('yahoo', 'Yahoo AAPL (2025-08)', 'https://finance.yahoo.com/quote/AAPL/', 'yahoo/quote_AAPL_ApiYahoo.html', 'AAPL', 'section[data-testid="quote-hdr"]', true),
  page('yahoo', 'Yahoo AAPL (2025-10)', 'https://finance.yahoo.com/quote/AAPL/', 'yahoo/quote_AAPL_yfinance-rs.html', 'AAPL', 'section[data-testid="quote-hdr"]', true),
  page('finviz', 'Finviz AACT', 'https://finviz.com/quote.ashx?t=AACT', 'finviz/quote_AACT_finvizor_rust.html', 'AACT', '.quote-header', false),
  page('google', 'Google Finance 2881:TPE', 'https://www.google.com/finance/quote/2881:TPE?hl=zh-TW', 'google_finance/quote_2881-TPE_fhc-elite.html', '2881.TW', 'main [role="heading"][aria-level="1"]', false),
  page('nasdaq', 'Nasdaq aapl', 'https://www.nasdaq.com/market-activity/stocks/aapl', 'nasdaq/aapl_DSCI-511_rendered-dom.html', 'AAPL', '.breadcrumb-title__container', true),
];

/** The same bytes at a host outside the extension's matches: the page as it is without the extension. */
const baselineUrl = (p: SavedPage) => `https://baseline.e2e.test/${p.site}${new URL(p.url).pathname}${new URL(p.url).search}`;

async function headerBox(tab: Page, selector: string) {
  return tab.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? { height: el.getBoundingClientRect().height, width: el.getBoundingClientRect().width } : null;
  }, selector);
}

describe.skipIf(!gate.run)('real saved pages at their real URLs', () => {
  // The saved pages' own scripts may fail offline; only errors from the extension count (useSession).
  const session = useSession({ extraPages: SAVED.map((p) => ({ url: baselineUrl(p), file: p.file })) });

  it.each(SAVED.map((p) => [p.name, p] as const))('%s: symbol found, badges attached, layout intact', async (_name, saved) => {
    const tab = session().page;
    const anchors = [...adapterById(saved.site).anchors, ...(adapterById(saved.site).fallbackAnchor?.split(',').map((x) => x.trim()) ?? [])];
    await tab.goto(baselineUrl(saved), { waitUntil: 'load' });
    const baseHeading = await textOfFirst(tab, anchors);
    const baseBox = await headerBox(tab, saved.header);

    session().server.setPage({ url: saved.url, file: saved.file });
    await tab.goto(saved.url, { waitUntil: 'load' });
    const rs = await settledBadge(tab, 'rs', saved.symbol);
    if (saved.known) expect(rs.text).toMatch(/RS [+-]?\d+\.\d%/);
    else expect(rs.text).toContain('unknown symbol');
    expect(await textOfFirst(tab, anchors)).toBe(baseHeading);
    const box = await headerBox(tab, saved.header);
    expect(baseBox).not.toBeNull();
    // One badge row may add a line; the header must not be blown up (or collapsed).
    expect(box!.height).toBeGreaterThanOrEqual(baseBox!.height - 1);
    expect(box!.height).toBeLessThanOrEqual(baseBox!.height + 48);
    expect(Math.abs(box!.width - baseBox!.width)).toBeLessThanOrEqual(1);
  });

  it('Yahoo article fragment: the ticker chips are badged', async () => {
    const fragment = readFileSync(join(SAVED_PAGES_DIR, 'yahoo_news', 'article_AMZN_fragment_FinsightAI.html'), 'utf8');
    const url = 'https://finance.yahoo.com/news/why-amazon-com-amzn-best-151527123.html';
    session().server.setPage({ url, body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Why Amazon.com (AMZN) Is the Best Blue Chip Stock to Buy According to Billionaires</title></head><body><main>${fragment}</main></body></html>` });
    await session().page.goto(url);
    const bs = await pollBadges(session().page, (b) => badgedSymbols(b).has('AMZN') && b.every(settled), 'a badge for the AMZN chip');
    expect(bs.find((b) => b.data['symbol'] === 'AMZN')!.text).toMatch(/RS [+-]?\d+\.\d%/);
  });

  it('nothing reached the internet: every other request was answered locally', () => {
    const blocked = session().server.blocked();
    // The saved pages reference real hosts (s.yimg.com, finviz CDN, gstatic, …): all answered by the local server.
    expect(blocked.length).toBeGreaterThan(0);
    expect(session().server.requests.every((r) => r.status > 0)).toBe(true);
  });
});
