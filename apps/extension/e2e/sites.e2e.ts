/**
 * Every supported site, in real Chromium with the built extension: the quote page at its real URL gets
 * the badge row for the right symbol, with numbers equal to core's computeReport on the same real data,
 * the page's heading is left intact, the hover card opens on hover and on keyboard focus, and the
 * extension logs no errors.
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import { describe, expect, it } from 'vitest';
import { adapterById } from '../src/content/sites/index.ts';
import { PROXY_FIXTURE, QUOTE_FIXTURES, type QuoteFixture } from './fixtures/site-pages.ts';
import { expectedReport } from './support/expected.ts';
import { contextValuation, discountFragment, readingFragment, rotationFragment, rsFragment, streakFragment } from './support/expect-badges.ts';
import { badgeButton, openCard, pollBadges, settledBadge, textOfFirst } from './support/page-helpers.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });

describe.skipIf(!gate.run)('badges on the quote pages of all 15 sites', () => {
  const session = useSession();

  const checkQuotePage = async (fx: QuoteFixture) => {
    const { page, server, settings } = session();
    await page.goto(fx.url);
    const rs = await settledBadge(page, 'rs', fx.symbol);
    const report = expectedReport(server, fx.symbol, settings.comparison.benchmark);
    expect(rs.text).toContain(rsFragment(report, settings));
    const streak = (await settledBadge(page, 'streak', fx.symbol)).text;
    expect(streak).toContain(streakFragment(report));
    if (Math.abs(report.streak.sessions) < 2) expect(streak).not.toContain('longest since');
    if (fx.symbol !== settings.comparison.smallProxy) {
      expect((await settledBadge(page, 'discount', fx.symbol)).text).toContain(discountFragment(fx.pe));
    }
    const c = settings.comparison;
    const context = expectedReport(server, c.smallProxy, c.benchmark, {
      window: c.correlationWindow,
      valuation: contextValuation(),
      thresholds: { streak: c.streakThreshold, rsiOverbought: c.rsiOverbought, rsiOversold: c.rsiOversold },
    });
    expect((await settledBadge(page, 'rotation')).text).toContain(rotationFragment(context));
    // The page's own heading is untouched (badges live in shadow roots next to it).
    const adapter = adapterById(fx.site);
    expect(await textOfFirst(page, adapter.anchors)).toBe(fx.anchorText);
    return report;
  };

  it.each(QUOTE_FIXTURES.map((q) => [q.site, q.symbol, q] as const))('%s %s: symbol, badges, numbers equal core', async (_site, _sym, fx) => {
    await checkQuotePage(fx);
    // Exactly one badge row for the page's symbol: no duplicates after the content script settles.
    const all = await pollBadges(session().page, () => true, 'badges');
    expect(all.filter((b) => b.data['kind'] === 'rs' && b.data['symbol'] === fx.symbol)).toHaveLength(1);
  });

  it('the small-cap proxy page (IWM) shows its dated reading discount', async () => {
    await checkQuotePage(PROXY_FIXTURE);
    const discount = await settledBadge(session().page, 'discount', 'IWM');
    // Labelled as the small caps' reading (S&P 600 vs S&P 500), not as IWM's own P/E; short (source in the card).
    expect(discount.text).toMatch(/^Small caps \d+% (below|above) S&P 500 · /);
    expect(discount.text).toContain(readingFragment());
  });

  it('the hover card opens on hover and closes when the pointer leaves', async () => {
    const fx = QUOTE_FIXTURES[0]!;
    const { page } = session();
    await page.goto(fx.url);
    await settledBadge(page, 'rs', fx.symbol);
    const button = page.locator(badgeButton('rs', fx.symbol));
    await button.hover();
    const open = await pollBadges(page, (bs) => openCard(bs) !== null, 'the card to open on hover');
    const card = openCard(open)!;
    expect(card.label).toBe(`${fx.symbol} versus SPY`);
    expect(card.host.controls.find((c) => c.role === 'button')?.expanded).toBe('true');
    // The card is inside the viewport.
    const box = await page.evaluate(() => {
      for (const h of document.querySelectorAll('[data-rotation-lens]')) {
        const d = h.shadowRoot?.querySelector('[role="dialog"]');
        if (d) return d.getBoundingClientRect().toJSON() as DOMRect;
      }
      return null;
    });
    expect(box).not.toBeNull();
    expect(box!.left).toBeGreaterThanOrEqual(0);
    expect(box!.top).toBeGreaterThanOrEqual(0);
    expect(box!.right).toBeLessThanOrEqual(1280);
    await page.mouse.move(1, 890);
    await pollBadges(page, (bs) => openCard(bs) === null, 'the card to close after the pointer left');
  });

  it('the hover card opens on keyboard focus, Escape closes it, Enter toggles it', async () => {
    const fx = QUOTE_FIXTURES[5]!;
    const { page } = session();
    await page.goto(fx.url);
    await settledBadge(page, 'rs', fx.symbol);
    const bs = await pollBadges(page, () => true, 'badges');
    const rsControls = bs.find((b) => b.data['kind'] === 'rs')!.controls.find((c) => c.role === 'button')!;
    expect(rsControls.tabIndex).toBe(0);
    const button = page.locator(badgeButton('rs', fx.symbol));
    await button.focus();
    await pollBadges(page, (b) => openCard(b) !== null, 'the card to open on focus');
    await page.keyboard.press('Escape');
    await pollBadges(page, (b) => openCard(b) === null, 'Escape to close the card');
    await page.keyboard.press('Enter');
    await pollBadges(page, (b) => openCard(b) !== null, 'Enter to open the card');
    await page.keyboard.press('Enter');
    await pollBadges(page, (b) => openCard(b) === null, 'Enter again to close the card');
  });

  it('a provider failure shows a visible error state, never a number', async () => {
    const { page, server } = session();
    const url = 'https://finance.yahoo.com/quote/TGLS/';
    server.setPage({ url, body: '<!doctype html><title>TGLS</title><section data-testid="quote-hdr"><h1>Tecnoglass Inc. (TGLS)</h1></section>' });
    server.setChartFault((sym) => (sym === 'TGLS' ? 500 : null));
    try {
      await page.goto(url);
      const rs = await pollBadges(page, (b) => b.some((x) => x.data['kind'] === 'rs' && x.state !== 'loading'), 'the RS badge to leave loading', 30_000);
      const badge = rs.find((x) => x.data['kind'] === 'rs')!;
      expect(badge.state).toBe('error');
      expect(badge.text).toMatch(/^RS error/);
      expect(badge.text).not.toMatch(/\d+\.\d%/);
    } finally {
      server.setChartFault(null);
    }
  });
});
