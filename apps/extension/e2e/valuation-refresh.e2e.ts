/**
 * A stale discount refreshed from its hover card, in real Chromium with the built extension: the Finviz
 * page's forward P/E is compared with the shipped January 2026 reading (stale by now); the card offers
 * "Refresh reading"; with live readings allowed (a copy of the build that holds fc.yahoo.com, support/
 * live-yahoo.ts) and the local server standing in for Yahoo (cookie, crumb, quote), a click brings
 * today's reading: the card says its date, the stale mark leaves the card and the badge.
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import { formatDiscount, formatPe } from '@rotation-lens/present';
import { afterAll, describe, expect, it } from 'vitest';
import { QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { distWithLiveReadings, yahooValuationPages } from './support/live-yahoo.ts';
import { badgeButton, openCard, pollBadges, settledBadge } from './support/page-helpers.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });
const SPY_FORWARD = 22.0;

describe.skipIf(!gate.run)('refreshing a stale discount from the card (live readings allowed)', () => {
  const build = gate.run ? distWithLiveReadings() : null;
  afterAll(() => build?.remove());
  const quotes = [
    { symbol: 'IWM', trailingPE: 18.42, forwardPE: 15.1 },
    { symbol: 'SPY', trailingPE: 27.31, forwardPE: SPY_FORWARD },
  ];
  const session = useSession({ extraPages: yahooValuationPages(quotes), ...(build ? { dist: build.dist } : {}) });

  it('the card of a stale discount offers a refresh; a click fetches from Yahoo, says the new date and clears the stale mark', async () => {
    const fx = QUOTE_FIXTURES.find((q) => q.site === 'finviz')!;
    const { page, server } = session();
    await page.goto(fx.url);
    const stale = await settledBadge(page, 'discount', fx.symbol);
    expect(stale.text).toMatch(/ · as of Jan 2026$/);

    await page.locator(badgeButton('discount', fx.symbol)).hover();
    const open = await pollBadges(page, (bs) => openCard(bs)?.text.includes('Refresh reading') === true, 'the card with its refresh button');
    expect(openCard(open)!.text).toContain('Stale: as of 2026-01 (more than 45 days old)');
    expect(openCard(open)!.text).toContain('Add a reading');

    await page.getByRole('button', { name: 'Refresh reading' }).click();
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
    const after = await pollBadges(page, (bs) => openCard(bs)?.text.includes('Updated: reading of') === true, 'the refresh answer in the card');
    const card = openCard(after)!.text;
    expect(card).toMatch(new RegExp(`Updated: reading of ${today} \\(Yahoo Finance, (forward|trailing) P/E\\)\\.`));
    expect(card).not.toContain('Stale');
    expect(card).not.toContain('Refresh reading');
    // The badge's own text (its host's text goes on with the open card's).
    const badge = after.find((b) => b.data['kind'] === 'discount' && b.data['symbol'] === fx.symbol)!;
    const fresh = `fwd P/E ${formatPe(fx.pe!.pe)} · ${formatDiscount(1 - fx.pe!.pe / SPY_FORWARD)} S&P`;
    expect(badge.text.startsWith(`${fresh} `)).toBe(true);
    expect(badge.text).not.toContain('S&P · as of');

    // The handshake went to the stand-in hosts only: cookie, crumb, then the quote with the crumb.
    const yahoo = server.requests.filter((r) => r.host === 'fc.yahoo.com' || r.path.startsWith('/v1/test/getcrumb') || r.path.startsWith('/v7/finance/quote'));
    expect(yahoo.map((r) => `${r.host}${r.path.replace(/\?.*/, '')}`)).toEqual([
      'fc.yahoo.com/',
      'query1.finance.yahoo.com/v1/test/getcrumb',
      'query1.finance.yahoo.com/v7/finance/quote',
    ]);
    expect(yahoo[2]!.path).toContain('crumb=e2eCrumb7');
  });
});
