/**
 * Badges go where they belong on real page shapes: a market strip at the top of an article page is never
 * badged and a badge never moves or resizes the page's headline — its box is the same with the extension
 * as without it (the same bytes served at a host the extension does not run on). Checked on a Yahoo
 * article with a market strip above the story, and on the real saved Yahoo page (its market summary
 * dock and news lists) opened at a non-quote Yahoo URL.
 */
import { join } from 'node:path';
import { SAVED_PAGES_DIR, e2eGate, readBadges } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STRIP_FIXTURE } from './fixtures/site-pages.ts';
import { badgedSymbols, pollBadges, settled } from './support/page-helpers.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });

const baselineUrl = (url: string) => `https://baseline.e2e.test${new URL(url).pathname}`;
const SAVED_YAHOO = { url: 'https://finance.yahoo.com/markets/stocks/most-active/', file: join(SAVED_PAGES_DIR, 'yahoo/quote_AAPL_yfinance-rs.html') };

/** The box of the page's headline (`selector`), from the main world. */
function headlineBox(tab: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return tab.evaluate((sel) => {
    const h = document.querySelector(sel);
    if (!h) return null;
    const { x, y, width, height } = h.getBoundingClientRect();
    return { x, y, width, height };
  }, selector);
}

function expectSameBox(got: Awaited<ReturnType<typeof headlineBox>>, want: Awaited<ReturnType<typeof headlineBox>>): void {
  expect(got, 'headline with the extension').not.toBeNull();
  expect(want, 'headline without the extension').not.toBeNull();
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(got![k] - want![k]), `headline ${k}: ${got![k]} vs ${want![k]}`).toBeLessThan(0.5);
}

describe.skipIf(!gate.run)('badges only where they belong: market strips, hidden content, headline', () => {
  const session = useSession({
    extraPages: [
      { url: baselineUrl(STRIP_FIXTURE.url), file: STRIP_FIXTURE.file },
      { url: baselineUrl(SAVED_YAHOO.url), file: SAVED_YAHOO.file },
      SAVED_YAHOO,
    ],
  });

  it('a Yahoo article with a market strip above the story: the story is badged, the strip and hidden content are not, the headline does not move', async () => {
    const { page } = session();
    await page.goto(baselineUrl(STRIP_FIXTURE.url), { waitUntil: 'load' });
    const without = await headlineBox(page, 'h1');
    await page.goto(STRIP_FIXTURE.url, { waitUntil: 'load' });
    const bs = await pollBadges(page, (b) => STRIP_FIXTURE.badged.every((s) => badgedSymbols(b).has(s)) && b.every(settled), `badges for ${STRIP_FIXTURE.badged.join(', ')}`);
    for (const s of STRIP_FIXTURE.strip) expect(badgedSymbols(bs).has(s), `${s} (market strip) must not be badged`).toBe(false);
    for (const s of STRIP_FIXTURE.hidden) expect(badgedSymbols(bs).has(s), `${s} (hidden) must not be badged`).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('#ybar [data-rotation-lens], h1 [data-rotation-lens]').length)).toBe(0);
    expectSameBox(await headlineBox(page, 'h1'), without);
  });

  it('the real saved Yahoo page at a non-quote URL: nothing in its market summary or chrome is badged, the headline keeps its box', async () => {
    const { page } = session();
    await page.goto(baselineUrl(SAVED_YAHOO.url), { waitUntil: 'load' });
    const without = await headlineBox(page, 'main h1');
    await page.goto(SAVED_YAHOO.url, { waitUntil: 'load' });
    // Whatever the main column badges, let it settle first (the scanner runs once the page has loaded).
    await page.waitForTimeout(1500);
    await pollBadges(page, (b) => b.every(settled), 'settled badges');
    const misplaced = await page.evaluate(
      () => [...document.querySelectorAll('[data-rotation-lens]')].filter((h) => h.closest('header, nav, footer, aside, [role="banner"]') || h.closest('a[data-testid="ticker-list-item"]')).length,
    );
    expect(misplaced).toBe(0);
    const bs = await readBadges(page);
    for (const s of ['^DJI', '^IXIC']) expect(badgedSymbols(bs).has(s), `${s} (market summary) must not be badged`).toBe(false);
    expectSameBox(await headlineBox(page, 'main h1'), without);
  });
});
