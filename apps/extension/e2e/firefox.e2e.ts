/**
 * The Firefox build (dist-firefox) in Debian's firefox-esr, driven over WebDriver BiDi with
 * puppeteer-core, one browser session for the file: a quote page's badge row and an article's inline
 * badges equal core's numbers, the hover card opens, the popup dashboard (a moz-extension:// page)
 * shows core's numbers, the options page saves a watchlist, and a withheld host permission is
 * detected and asked for. Chromium's suite covers the rest; this file proves the same sources work in
 * Firefox.
 */
import { gateFrom, missingForFirefoxE2e } from '@rotation-lens/e2e-harness';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../src/settings/schema.ts';
import { formatPercent } from '@rotation-lens/present';
import { ARTICLE_FIXTURES, QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { contextValuation, discountFragment, rotationFragment, rsFragment, streakFragment } from './support/expect-badges.ts';
import { expectedReport } from './support/expected.ts';
import { expectedRows } from './support/expected-rows.ts';
import {
  type FirefoxSession,
  cellTexts,
  openFirefoxOptions,
  openFirefoxPopup,
  pollBadgesFx,
  startFirefoxSession,
  storedSettingsFx,
  textOfFx,
  until,
} from './support/firefox-session.ts';
import { badgedSymbols, openCard, settled } from './support/page-helpers.ts';

const gate = gateFrom(missingForFirefoxE2e(), Boolean(process.env.CI));
const WINDOWS = ['1W', '1M', '3M', 'YTD', '1Y'] as const;

describe.skipIf(!gate.run)('Firefox: the same extension in firefox-esr', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await startFirefoxSession();
  }, 180_000);
  afterAll(() => s?.close());
  afterEach(() => {
    const errors = s?.errors.splice(0) ?? [];
    expect(errors, 'uncaught errors in the extension pages or the site tabs').toEqual([]);
  });

  const badge = (kind: string, symbol?: string) => (bs: { data: Record<string, string>; text: string; state: string | null }[]) =>
    bs.find((b) => b.data['kind'] === kind && (symbol === undefined || b.data['symbol'] === symbol) && b.text !== '' && b.state !== 'loading');
  const contextReport = () => {
    const c = s.settings.comparison;
    return expectedReport(s.server, c.smallProxy, c.benchmark, {
      window: c.correlationWindow,
      valuation: contextValuation(),
      thresholds: { streak: c.streakThreshold, rsiOverbought: c.rsiOverbought, rsiOversold: c.rsiOversold },
    });
  };

  it('a quote page gets its badge row, with numbers equal to core', async () => {
    const fx = QUOTE_FIXTURES[0]!;
    await s.page.goto(fx.url, { waitUntil: 'domcontentloaded' });
    const bs = await pollBadgesFx(s.page, (b) => ['rs', 'streak', 'discount', 'rotation'].every((k) => badge(k)(b)), 'the badge row');
    const report = expectedReport(s.server, fx.symbol, s.settings.comparison.benchmark);
    expect(badge('rs', fx.symbol)(bs)!.text).toContain(rsFragment(report, s.settings));
    expect(badge('streak', fx.symbol)(bs)!.text).toContain(streakFragment(report));
    expect(badge('discount', fx.symbol)(bs)!.text).toContain(discountFragment(fx.pe));
    expect(badge('rotation')(bs)!.text).toContain(rotationFragment(contextReport()));
    expect(bs.filter((b) => b.data['kind'] === 'rs' && b.data['symbol'] === fx.symbol)).toHaveLength(1);
  });

  it('an article gets inline badges for its marked tickers, never for common words', async () => {
    const fx = ARTICLE_FIXTURES.find((a) => a.site === 'cnbc')!;
    await s.page.goto(fx.url, { waitUntil: 'domcontentloaded' });
    const bs = await pollBadgesFx(s.page, (b) => fx.badged.every((sym) => badgedSymbols(b).has(sym)) && b.every(settled), `badges for ${fx.badged.join(', ')}`);
    for (const sym of fx.notBadged) expect(badgedSymbols(bs).has(sym), `${sym} must not be badged`).toBe(false);
    const nvda = badge('rs', 'NVDA')(bs)!;
    expect(nvda.text).toContain(rsFragment(expectedReport(s.server, 'NVDA'), s.settings).replace(/ 3M$/, ''));
  });

  it('the hover card opens on hover (on-demand module injected with scripting) and closes when the pointer leaves', async () => {
    const fx = QUOTE_FIXTURES[0]!;
    await s.page.goto(fx.url, { waitUntil: 'domcontentloaded' });
    await pollBadgesFx(s.page, (b) => badge('rs', fx.symbol)(b) !== undefined, 'the RS badge');
    await s.page.hover(`[data-rotation-lens][data-kind="rs"][data-symbol="${fx.symbol}"] >>> [role="button"]`);
    const open = await pollBadgesFx(s.page, (bs) => openCard(bs) !== null, 'the card to open on hover');
    expect(openCard(open)!.label).toBe(`${fx.symbol} versus SPY`);
    expect(openCard(open)!.text).toMatch(/\d/);
    await s.page.mouse.move(1, 850);
    await pollBadgesFx(s.page, (bs) => openCard(bs) === null, 'the card to close after the pointer left');
  });

  it('the popup dashboard shows core numbers for IWM vs SPY and the watchlist', async () => {
    const popup = await openFirefoxPopup(s);
    try {
      const context = contextReport();
      await popup.waitForSelector('[data-testid="verdict"]', { timeout: 30_000 });
      expect(await popup.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-regime'))).toBe(context.regime.label);
      expect(await cellTexts(popup, '[data-testid="returns"] tbody tr:nth-child(1)')).toEqual(WINDOWS.map((w) => formatPercent(context.returns.small[w])));
      expect(await cellTexts(popup, '[data-testid="returns"] tbody tr:nth-child(2)')).toEqual(WINDOWS.map((w) => formatPercent(context.returns.large[w])));
      const list = s.settings.watchlists.find((w) => w.id === s.settings.activeWatchlistId)!;
      const expected = expectedRows(s.server, list.symbols, s.settings.comparison.benchmark);
      expect(expected.size).toBeGreaterThan(0);
      for (const [symbol, want] of expected) expect((await cellTexts(popup, `[data-testid="row-${symbol}"]`)).slice(0, 4), `row ${symbol}`).toEqual(want);
      // Every host permission is granted at install: no site-access notice.
      expect(await popup.$('[data-testid="site-access"]')).toBeNull();
    } finally {
      await popup.close();
    }
  });

  it('the options page saves a new watchlist to the extension storage', async () => {
    const options = await openFirefoxOptions(s);
    const stored = () => storedSettingsFx(options);
    const status = (text: string) => until(() => textOfFx(options, '[data-testid="save-status"]'), (t) => t.includes(text), `status "${text}"`);
    try {
      await options.click('[data-testid="new-list"]');
      await status('Created');
      const name = await options.$('[data-testid="list-name"]');
      await name!.click({ count: 3 });
      await name!.type('Small caps');
      await options.keyboard.press('Tab');
      await status('Renamed');
      for (const [typed, symbol] of [['tgls', 'TGLS'], ['SOFI', 'SOFI']] as const) {
        await options.type('[data-testid="symbol-input"]', typed);
        await options.click('[data-testid="add-symbol"]');
        await status(`Added ${symbol}`);
      }
      const saved = await until(stored, (v) => v.watchlists.some((w) => w.name === 'Small caps' && w.symbols.length === 2), 'the stored list');
      expect(saved.watchlists.find((w) => w.name === 'Small caps')!.symbols).toEqual(['TGLS', 'SOFI']);
    } finally {
      await options.evaluate(([key, value]) => chrome.storage.sync.set({ [key]: value }), [SETTINGS_KEY, s.settings] as const);
      await options.close();
    }
  });

  it('a host permission the user revoked is detected by the options page and the popup, with one button to ask again', async () => {
    // What Firefox's Add-ons → Permissions switch does: revoke a required origin at run time.
    const first = await openFirefoxOptions(s);
    const removed = await first.evaluate(() => chrome.permissions.remove({ origins: ['https://www.cnbc.com/*'] }));
    const held = await first.evaluate(() => chrome.permissions.contains({ origins: ['https://www.cnbc.com/*'] }));
    await first.close();
    expect({ removed, held }).toEqual({ removed: true, held: false });
    const options = await openFirefoxOptions(s);
    const popup = await openFirefoxPopup(s);
    try {
      const notice = await until(() => textOfFx(options, '[data-testid="site-access"]'), (t) => t !== '', 'the options notice');
      expect(notice).toContain('badges on www.cnbc.com');
      expect(await options.$('[data-testid="site-access-grant"]')).not.toBeNull();
      expect(await until(() => textOfFx(popup, '[data-testid="site-access"]'), (t) => t !== '', 'the popup notice')).toContain('www.cnbc.com');
    } finally {
      await popup.close();
      await options.close();
    }
  });
});
