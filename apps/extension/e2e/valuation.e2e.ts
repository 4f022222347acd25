/**
 * Like with like, in real Chromium with the built extension: a Finviz page showing P/E and Forward P/E
 * badges forward vs forward (the shipped January 2026 reading, marked stale by now); a Yahoo quote page
 * showing a trailing P/E badges trailing vs trailing once a live trailing reading (IWM vs SPY, as the
 * daily fetch stores it) is kept — and shows the page P/E alone before that.
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import { formatDiscount, formatPe } from '@rotation-lens/present';
import { LIVE_VALUATION_KEY } from '../src/background/live-valuation.ts';
import { describe, expect, it } from 'vitest';
import { QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { discountFragment } from './support/expect-badges.ts';
import { badgeButton, openCard, pollBadges, settledBadge } from './support/page-helpers.ts';
import { LIVE_OFF_TEXT } from '../src/present/valuation/refresh-text.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });
const fixture = (site: string) => QUOTE_FIXTURES.find((q) => q.site === site)!;

/** A live trailing reading dated today (never stale), in the shape the worker keeps. */
function liveState(peLarge: number) {
  const date = new Date().toISOString().slice(0, 10);
  const reading = {
    id: `yahoo-${date}-IWM-SPY-trailing`, date, smallIndex: 'IWM', largeIndex: 'SPY', peSmall: 18.42, peLarge,
    basis: 'trailing', source: 'Yahoo Finance, trailing P/E', url: 'https://finance.yahoo.com/quote/IWM', shipped: false,
  };
  return { version: 1, readings: [reading], lastAttempt: new Date().toISOString() };
}

describe.skipIf(!gate.run)('valuation badges compare like with like', () => {
  const session = useSession();

  it('Finviz with P/E and Forward P/E: forward vs forward, the old shipped reading marked "as of Jan 2026"', async () => {
    const fx = fixture('finviz');
    await session().page.goto(fx.url);
    const badge = await settledBadge(session().page, 'discount', fx.symbol);
    expect(fx.pe?.basis).toBe('forward');
    expect(badge.text).toContain(discountFragment(fx.pe));
    expect(badge.text).toMatch(/^fwd P\/E .* · as of Jan 2026$/);
  });

  it('the card of a stale discount: "Refresh reading" without live readings allowed says where to turn them on', async () => {
    const fx = fixture('finviz');
    const { page } = session();
    await page.goto(fx.url);
    await settledBadge(page, 'discount', fx.symbol);
    await page.locator(badgeButton('discount', fx.symbol)).hover();
    await pollBadges(page, (bs) => openCard(bs)?.text.includes('Refresh reading') === true, 'the card with its refresh button');
    await page.getByRole('button', { name: 'Refresh reading' }).click();
    const after = await pollBadges(page, (bs) => openCard(bs)?.text.includes(LIVE_OFF_TEXT) === true, 'the "live readings are off" answer');
    expect(openCard(after)!.text).toContain('Stale: as of 2026-01');
    expect(after.find((b) => b.data['kind'] === 'discount')?.text).toMatch(/^fwd P\/E [^·]+ · [^·]+ · as of Jan 2026 /);
  });

  it('Yahoo trailing P/E: alone without a trailing reading; trailing vs trailing once one is kept', async () => {
    const fx = fixture('yahoo');
    const { page, browser } = session();
    await page.goto(fx.url);
    expect((await settledBadge(page, 'discount', fx.symbol)).text).toBe(`P/E ${formatPe(fx.pe!.pe)}`);
    await browser.worker.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [LIVE_VALUATION_KEY, liveState(27.31)] as const);
    const want = `P/E ${formatPe(fx.pe!.pe)} · ${formatDiscount(1 - fx.pe!.pe / 27.31)} S&P`;
    await page.reload();
    const badges = await pollBadges(page, (b) => b.some((x) => x.data['kind'] === 'discount' && x.text === want), 'the trailing-vs-trailing badge');
    expect(badges.find((x) => x.data['kind'] === 'discount')?.text).toBe(want);
    await browser.worker.evaluate((key) => chrome.storage.local.remove(key), LIVE_VALUATION_KEY);
  });
});
