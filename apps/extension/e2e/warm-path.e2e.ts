/**
 * The warm path in real Chromium, asserted by what it does rather than how long it takes (latency is
 * measured by `pnpm bench`: bench/chromium/*; a wall-clock bound in a test flakes on a shared machine).
 * Warm = the data was fetched once and the worker is running, as when a reader moves between quote pages
 * or reopens the popup:
 *  - every reload of a quote page or an article shows badges with numbers again, and asks the network
 *    for no chart data (the worker answers from what it holds);
 *  - every warm open of the popup shows the dashboard with its verdict, again without a chart request.
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import { describe, expect, it } from 'vitest';
import { probedBadges } from '../bench/chromium/badge-latency.ts';
import { BADGE_PROBE_JS } from '../bench/chromium/probes.ts';
import { ARTICLE_FIXTURES, QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { openPopup } from './support/extension-pages.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });
const RELOADS = 3;

describe.skipIf(!gate.run)('warm path (real Chromium)', () => {
  const session = useSession();

  for (const [kind, url] of [
    ['a quote page', QUOTE_FIXTURES[0]!.url],
    ['an article', ARTICLE_FIXTURES[0]!.url],
  ] as const) {
    it(`${kind}: each warm reload shows badges with numbers and fetches no chart data`, async () => {
      const { browser, server } = session();
      const page = await browser.context.newPage();
      try {
        await page.addInitScript(BADGE_PROBE_JS);
        await page.goto(url);
        await probedBadges(page); // the first visit fetches and warms the worker
        const chartsBefore = server.chartRequests.length;
        for (let i = 0; i < RELOADS; i++) {
          await page.reload();
          const p = await probedBadges(page);
          expect(p.firstNumbersMs, 'numbers appear after the badge host').toBeGreaterThanOrEqual(p.firstHostMs);
        }
        expect(server.chartRequests.length, 'chart requests during warm reloads').toBe(chartsBefore);
      } finally {
        await page.close();
      }
    });
  }

  it('each warm popup open shows the dashboard and its verdict without a chart request', async () => {
    const { browser, server } = session();
    const first = await openPopup(browser);
    await first.popup.close();
    const chartsBefore = server.chartRequests.length;
    for (let i = 0; i < RELOADS; i++) {
      const { popup } = await openPopup(browser);
      const verdict = await popup.waitForSelector('[data-testid="verdict"][data-regime]', { timeout: 20_000 });
      expect(await verdict.getAttribute('data-regime')).toMatch(/\S/);
      await popup.close();
    }
    expect(server.chartRequests.length, 'chart requests during warm opens').toBe(chartsBefore);
  });
});
