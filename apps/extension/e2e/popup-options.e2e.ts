/**
 * Popup and options in real Chromium: the popup's dashboard shows core's numbers for the small-cap proxy
 * vs the benchmark and for every watchlist row (close, RS 3M, RS rating, streak); it renders quickly when
 * warm; "Options" opens the options page; options changes are live in already open quote tabs (badges
 * switched off/on, RS window, density, a site disabled while another site's tab keeps its badges, the
 * benchmark changed to ^GSPC and VOO) without reloading them.
 * Watchlist editing and import: watchlists.e2e.ts.
 */
import { type BadgeHost, e2eGate } from '@rotation-lens/e2e-harness';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '@rotation-lens/present';
import { QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { expectedReport } from './support/expected.ts';
import { contextValuation, rotationFragment, rsFragment, streakFragment } from './support/expect-badges.ts';
import { expectedRows } from './support/expected-rows.ts';
import { openOptions, openPopup } from './support/extension-pages.ts';
import { badgedSymbols, pollBadges, settledBadge } from './support/page-helpers.ts';
import { E2E_SETTINGS } from './support/session.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });
const WINDOWS = ['1W', '1M', '3M', 'YTD', '1Y'] as const;

describe.skipIf(!gate.run)('popup and options', () => {
  const session = useSession();

  const contextReport = (benchmark?: string) => {
    const { server, settings } = session();
    const c = settings.comparison;
    return expectedReport(server, c.smallProxy, benchmark ?? c.benchmark, {
      window: c.correlationWindow,
      valuation: contextValuation(),
      thresholds: { streak: c.streakThreshold, rsiOverbought: c.rsiOverbought, rsiOversold: c.rsiOversold },
    });
  };

  it('the dashboard shows core numbers for IWM vs SPY and the watchlist', async () => {
    const { server, settings, browser } = session();
    const { popup, firstRenderMs } = await openPopup(browser);
    const c = settings.comparison;
    const context = contextReport();
    expect(await popup.getAttribute('[data-testid="verdict"]', 'data-regime')).toBe(context.regime.label);
    const rows = popup.locator('[data-testid="returns"] tbody tr');
    expect((await rows.nth(0).locator('td').allTextContents()).map((t) => t.trim())).toEqual(WINDOWS.map((w) => formatPercent(context.returns.small[w])));
    expect((await rows.nth(1).locator('td').allTextContents()).map((t) => t.trim())).toEqual(WINDOWS.map((w) => formatPercent(context.returns.large[w])));
    // Every watchlist row with data: close, RS 3M, RS rating within the list and streak equal core's.
    const list = settings.watchlists.find((w) => w.id === settings.activeWatchlistId)!;
    const expected = expectedRows(server, list.symbols, c.benchmark);
    expect(expected.size).toBeGreaterThanOrEqual(list.symbols.length - 1);
    for (const [symbol, want] of expected) {
      const got = (await popup.locator(`[data-testid="row-${symbol}"] td`).allTextContents()).map((t) => t.trim());
      expect(got.slice(0, 4), `watchlist row ${symbol}`).toEqual(want);
    }
    // The ratings spread over 1..99 (the list's best and worst), so the comparison above is not all n/a.
    expect([...expected.values()].map((r) => r[2])).toEqual(expect.arrayContaining(['1', '99']));
    // IJR has no history in the served data: an unknown-symbol row, not a made-up number.
    expect(await popup.textContent('[data-testid="row-IJR"]')).toMatch(/unknown symbol/i);
    expect(await popup.textContent('[data-testid="stamp"]')).toContain('2024-09-12');
    expect(await popup.locator('[data-testid="flag-simulated"]').count()).toBe(0);
    console.log(`[e2e] popup first render: ${firstRenderMs} ms (first open)`);
    await popup.close();
  });

  it('renders its dashboard on every warm open (data cached in the worker)', async () => {
    for (let i = 0; i < 3; i++) {
      const { popup, firstRenderMs } = await openPopup(session().browser);
      expect(firstRenderMs, 'first-render mark written').toBeGreaterThan(0);
      await popup.waitForSelector('[data-testid="returns"] tbody tr');
      const smallRow = await popup.locator('[data-testid="returns"] tbody tr').nth(0).locator('td').allTextContents();
      expect(smallRow.join(' '), 'the small-cap returns row has numbers').toMatch(/\d/);
      await popup.close();
    }
  });

  it('"Options" opens the options page', async () => {
    const { browser } = session();
    const { popup } = await openPopup(browser);
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await popup.click('[data-testid="open-options"]');
    const options = await opened;
    await options.waitForURL(/\/src\/options\/index\.html/);
    await options.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('options changes are live in an open quote tab', async () => {
    const { browser, page, server, setSettings } = session();
    const fx = QUOTE_FIXTURES[0]!;
    await page.goto(fx.url);
    await settledBadge(page, 'rs', fx.symbol);
    // A second open tab on another site: switching Yahoo off must not touch it.
    const other = QUOTE_FIXTURES.find((q) => q.site !== fx.site)!;
    const otherTab = await browser.context.newPage();
    await otherTab.goto(other.url);
    await settledBadge(otherTab, 'rs', other.symbol);
    const options = await openOptions(browser);
    try {
      // A badge kind switched off disappears, and comes back.
      await options.uncheck('[data-testid="badge-discount"]');
      await pollBadges(page, (b) => !b.some((x) => x.data['kind'] === 'discount') && b.some((x) => x.data['kind'] === 'rs'), 'the discount badge to go');
      await options.check('[data-testid="badge-discount"]');
      await settledBadge(page, 'discount', fx.symbol);

      // RS window 3M → 1M: the badge shows core's 1M ratio change.
      await options.selectOption('[data-testid="cmp-rsWindow"]', '1M');
      const oneMonth = rsFragment(expectedReport(server, fx.symbol), { ...E2E_SETTINGS, comparison: { ...E2E_SETTINGS.comparison, rsWindow: '1M' } });
      await pollBadges(page, (b) => b.some((x) => x.data['kind'] === 'rs' && x.text.includes(oneMonth)), `RS badge "${oneMonth}"`);

      // Compact density: the rotation badge shortens.
      await options.check('[data-testid="density-compact"]');
      await pollBadges(page, (b) => b.some((x) => x.data['kind'] === 'rotation' && /^IWM\/SPY: /.test(x.text)), 'the compact rotation badge');

      // The site switched off: every badge leaves the open tab; on again: they return.
      await options.uncheck('[data-testid="site-yahoo"]');
      await pollBadges(page, (b) => badgedSymbols(b).size === 0 && b.length === 0, 'all badges to leave the tab');
      expect(badgedSymbols(await pollBadges(otherTab, () => true, 'badges'))).toContain(other.symbol);
      await options.check('[data-testid="site-yahoo"]');
      await settledBadge(page, 'rs', fx.symbol);
    } finally {
      await options.close();
      await otherTab.close();
      await setSettings(E2E_SETTINGS);
    }
  });

  it('changing the benchmark (^GSPC, VOO) updates the badges of an open tab to core on that benchmark', async () => {
    const { browser, page, server, settings } = session();
    const fx = QUOTE_FIXTURES[0]!;
    await page.goto(fx.url);
    await settledBadge(page, 'rs', fx.symbol);
    const options = await openOptions(browser);
    try {
      for (const benchmark of ['^GSPC', 'VOO'] as const) {
        await options.selectOption('[data-testid="cmp-benchmark"]', benchmark);
        // The RS badge's accessible name names its benchmark: wait for the new one, then compare numbers.
        const versus = `versus ${benchmark} over`;
        const isNew = (b: BadgeHost) =>
          b.data['kind'] === 'rs' && b.state !== 'loading' && b.controls.some((c) => c.label?.includes(versus));
        await pollBadges(page, (bs) => bs.some(isNew), `the RS badge versus ${benchmark}`);
        const report = expectedReport(server, fx.symbol, benchmark);
        expect(report.large).toBe(benchmark);
        // The market context follows: small-cap proxy vs the new benchmark, = core (support/expect-badges.ts).
        const rotation = rotationFragment(contextReport(benchmark));
        expect(rotation.startsWith(`${settings.comparison.smallProxy} vs ${benchmark}: `)).toBe(true);
        const bs = await pollBadges(page, (b) => b.some((x) => x.data['kind'] === 'rotation' && x.text.includes(rotation)), `the rotation badge "${rotation}"`);
        const text = (kind: string) => bs.find((b) => b.data['kind'] === kind && b.data['symbol'] === fx.symbol)?.text ?? '';
        expect(text('rs')).toContain(rsFragment(report, settings));
        expect(text('streak')).toContain(streakFragment(report));
        // ^GSPC (price index, no dividends) gives another 3M figure than SPY: the number was recomputed, not
        // just relabelled. (VOO tracks SPY to the 0.1%: there the labels above carry the proof.)
        if (benchmark === '^GSPC') expect(rsFragment(report, settings)).not.toBe(rsFragment(expectedReport(server, fx.symbol, 'SPY'), settings));
      }
    } finally {
      await options.close();
      await session().setSettings(E2E_SETTINGS);
    }
  });
});
