/**
 * The real saved pages from ../shared/data/pages (see its PROVENANCE.md), served byte-exact at their real
 * URLs; every other request they make (scripts, images, trackers on real hosts) is answered 204/404 by the
 * local server. The symbol is found, badges attach, and the page's own layout is intact: the anchor's text
 * equals the same page's served at a host the extension does not run on, the header grows by no more
 * than the badge row, and the heading (the anchor) keeps its width and height.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAVED_PAGES_DIR, e2eGate } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adapterById } from '../src/content/sites/index.ts';
import type { SiteId } from '../src/contracts/sites.ts';
import { expectedReport } from './support/expected.ts';
import { rsFragment } from './support/expect-badges.ts';
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

/**
 * The header's height and the heading's (the adapter's anchor) box with the extension's badges and, in the
 * same synchronous task, without them (hosts detached, measured, put back before any observer can run):
 * the badges' own contribution, independent of the saved page's scripts and late layout.
 */
async function headerGrowth(tab: Page, selector: string, headingSelectors: string[]) {
  return tab.evaluate(
    ([sel, headings]) => {
      const el = document.querySelector(sel);
      const heading = headings.map((h) => document.querySelector(h)).find((h) => h !== null) ?? null;
      if (!el || !heading) return null;
      const withBadges = el.getBoundingClientRect().height;
      const headingWith = heading.getBoundingClientRect().toJSON() as DOMRect;
      const hosts = [...document.querySelectorAll('[data-rotation-lens]')].filter((h) => h.parentNode !== null && !h.parentElement?.closest('[data-rotation-lens]'));
      const places = hosts.map((h) => [h, h.parentNode!, h.nextSibling] as const);
      const rowHeight = Math.max(0, ...hosts.map((h) => h.getBoundingClientRect().height));
      for (const h of hosts) h.remove();
      const without = el.getBoundingClientRect().height;
      const headingWithout = heading.getBoundingClientRect().toJSON() as DOMRect;
      for (const [h, parent, next] of places) parent.insertBefore(h, next && next.parentNode === parent ? next : null);
      return { withBadges, without, rowHeight, headingWith, headingWithout };
    },
    [selector, headingSelectors] as const,
  );
}

describe.skipIf(!gate.run)('real saved pages at their real URLs', () => {
  // The saved pages' own scripts may fail offline; only errors from the extension count (useSession).
  const session = useSession({ extraPages: SAVED.map((p) => ({ url: baselineUrl(p), file: p.file })) });

  it.each(SAVED.map((p) => [p.name, p] as const))('%s: symbol found, badges attached, layout intact', async (_name, saved) => {
    const tab = session().page;
    const anchors = [...adapterById(saved.site).anchors, ...(adapterById(saved.site).fallbackAnchors ?? [])];
    await tab.goto(baselineUrl(saved), { waitUntil: 'load' });
    const baseHeading = await textOfFirst(tab, anchors);

    session().server.setPage({ url: saved.url, file: saved.file });
    await tab.goto(saved.url, { waitUntil: 'load' });
    const rs = await settledBadge(tab, 'rs', saved.symbol);
    if (saved.known) expect(rs.text).toContain(rsFragment(expectedReport(session().server, saved.symbol), session().settings));
    else expect(rs.text).toContain('unknown symbol');
    // The page's own text is unchanged: same anchor text as without the extension.
    expect(await textOfFirst(tab, anchors)).toBe(baseHeading);
    // The header grows by at most the badge row (plus margins that stop collapsing), never blows up.
    const g = await headerGrowth(tab, saved.header, anchors);
    expect(g, `header ${saved.header}`).not.toBeNull();
    expect(g!.rowHeight).toBeGreaterThan(0);
    expect(g!.rowHeight).toBeLessThanOrEqual(40);
    expect(g!.withBadges - g!.without).toBeGreaterThanOrEqual(0);
    expect(g!.withBadges - g!.without).toBeLessThanOrEqual(g!.rowHeight + 40);
    // The heading keeps its own box: the row never widens it (Google Finance's heading column sizes to
    // its content: a row inside it stretched the heading from ~95 px to ~660 px) nor squeezes it.
    expect(Math.abs(g!.headingWith.width - g!.headingWithout.width), 'heading width with vs without badges').toBeLessThan(1);
    expect(Math.abs(g!.headingWith.height - g!.headingWithout.height), 'heading height with vs without badges').toBeLessThan(1);
  });

  it('Yahoo article fragment: the ticker chips are badged', async () => {
    const fragment = readFileSync(join(SAVED_PAGES_DIR, 'yahoo_news', 'article_AMZN_fragment_FinsightAI.html'), 'utf8');
    const url = 'https://finance.yahoo.com/news/why-amazon-com-amzn-best-151527123.html';
    session().server.setPage({ url, body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Why Amazon.com (AMZN) Is the Best Blue Chip Stock to Buy According to Billionaires</title></head><body><main>${fragment}</main></body></html>` });
    await session().page.goto(url);
    const bs = await pollBadges(session().page, (b) => badgedSymbols(b).has('AMZN') && b.every(settled), 'a badge for the AMZN chip');
    expect(bs.find((b) => b.data['symbol'] === 'AMZN')!.text).toMatch(/RS [+−]?\d+\.\d%/);
    // At most 2 badges per ticker: the chip and the first in-text mention, not one per paragraph (13).
    expect(bs.filter((b) => b.data['symbol'] === 'AMZN')).toHaveLength(2);
  });

  it('nothing reached the internet: every other request was answered locally', () => {
    const blocked = session().server.blocked();
    // The saved pages reference real hosts (s.yimg.com, finviz CDN, gstatic, …): all answered by the local server.
    expect(blocked.length).toBeGreaterThan(0);
    expect(session().server.requests.every((r) => r.status > 0)).toBe(true);
  });
});
