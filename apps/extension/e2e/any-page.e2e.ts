/**
 * Any page, on request, in real Chromium: a story on sites Rotation Lens has no adapter for (reuters.com, fool.com).
 * Nothing runs there on load; the popup's "Badge tickers on this page" badges the story's marks with
 * core's numbers and leaves the page chrome alone; "Always on this site" badges the next load of that
 * origin with no click, and Options → Sites → Remove stops that and leaves no registered script.
 *
 * Only the reader's gestures are simulated, each the way Chromium itself provides it to a test:
 * - the toolbar click is CDP's Extensions.triggerAction (clickExtensionAction): Chromium runs the action
 *   with tab permissions granted (activeTab) and opens the real popup on that tab's window;
 * - "Allow" on the permission prompt is a grant seeded in the profile (seedGrantedOrigins): the popup's
 *   own permissions.request then resolves without a prompt, as Chromium does for origins granted before.
 * The rest is the product: the popup's buttons, the worker's badge-tab handler and chrome.scripting,
 * the options page's Remove. The shortcut (Alt+Shift+L) and the context menu cannot be pressed in
 * headless Chromium (a key sent through CDP goes to the page, never to the browser's accelerators);
 * their listener runs the same injection (background/any-page.test.ts).
 */
import { type BadgeHost, clickExtensionAction, e2eGate, readBadges } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BADGE_PAGE_COMMAND, BADGE_PAGE_TITLE } from '../src/background/any-page.ts';
import { BADGE_PAGE_KEY } from '../src/contracts/generic-site.ts';
import { ANY_PAGE_FIXTURE } from './fixtures/site-pages.ts';
import { expectedReport } from './support/expected.ts';
import { rsFragment } from './support/expect-badges.ts';
import { openOptions, textOf } from './support/extension-pages.ts';
import { badgeButton, badgedSymbols, openCard, pollBadges, settled } from './support/page-helpers.ts';
import type { E2eSession } from './support/session.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });
const { urls } = ANY_PAGE_FIXTURE;
const FOOL = new URL(urls.fool);
const FOOL_ORIGINS = [`${FOOL.origin}/*`];

/**
 * Loads `url` in `page` and returns the content-script modules of ours registered in it (each of our
 * scripts registers 'runtime' first: src/content/main.ts, modules/registry.ts), read from the extension's
 * isolated worlds of the new document over CDP. Chromium may create an empty isolated world for an
 * extension that used the frame before, so the test is what ran in it, not that it exists. Reads after
 * the load event and the page's first idle period: Chromium runs document_idle scripts by then.
 */
async function ourModulesOnLoad(page: Page, url: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.['type'] === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  });
  // Enabling reports the worlds of the document already there; navigating clears them.
  cdp.on('Runtime.executionContextsCleared', () => {
    worlds.length = 0;
  });
  await cdp.send('Runtime.enable');
  try {
    await page.goto(url);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
    const expression = `Object.keys(globalThis[Symbol.for('rotation-lens.modules')] ?? {})`;
    const found = await Promise.all(worlds.map((contextId) => cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })));
    return [...new Set(found.flatMap((r) => r.result.value as string[]))].sort();
  } finally {
    await cdp.detach();
  }
}

/** The worker runs a probe in the session's tab (brought to the front): 'ok', or Chrome's refusal (no activeTab, no host permission). */
async function probeFrontTab(s: E2eSession): Promise<string> {
  await s.page.bringToFront();
  return s.browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, func: () => document.title });
      return 'ok';
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  });
}

/** Waits for every expected symbol's badge to settle; checks the chrome and the traps stayed plain. */
async function expectStoryBadged(page: Page): Promise<BadgeHost[]> {
  const want = ANY_PAGE_FIXTURE.badged;
  const bs = await pollBadges(page, (b) => want.every((sym) => badgedSymbols(b).has(sym)) && b.every(settled), `badges for ${want.join(', ')}`);
  const got = badgedSymbols(bs);
  for (const sym of ANY_PAGE_FIXTURE.notBadged) expect(got.has(sym), `${sym} must not be badged`).toBe(false);
  const inChrome = await page.locator('header [data-rotation-lens], [data-testid="MarketTicker"] [data-rotation-lens], [data-testid="RelatedCompanies"] [data-rotation-lens], footer [data-rotation-lens]').count();
  expect(inChrome, 'badges in the header, the market strips, the companies list or the footer').toBe(0);
  return bs;
}

/** Each badged symbol's RS badge shows core's relative strength on the bars the server sent. */
function expectCoreNumbers(s: E2eSession, bs: BadgeHost[]): void {
  for (const sym of ANY_PAGE_FIXTURE.badged) {
    const rs = bs.find((b) => b.data['kind'] === 'rs' && b.data['symbol'] === sym);
    expect(rs?.text, `${sym}'s RS badge`).toContain(rsFragment(expectedReport(s.server, sym), s.settings));
  }
}

const registeredScripts = (s: E2eSession) => s.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
const holdsFool = (s: E2eSession) => s.browser.worker.evaluate((origins) => chrome.permissions.contains({ origins }), FOOL_ORIGINS);

describe.skipIf(!gate.run)('any page, on request (real Chromium)', () => {
  const session = useSession({ extensionDebugging: true, grantedOrigins: FOOL_ORIGINS });

  it('a Reuters story: nothing on load; the popup’s “Badge tickers on this page” badges its marks with core’s numbers, never its chrome', async () => {
    const s = session();
    expect(await ourModulesOnLoad(s.page, urls.reuters), 'content scripts on load').toEqual([]);
    expect(await readBadges(s.page)).toEqual([]);
    // The control: before the reader's gesture the worker may not touch this tab at all.
    expect(await probeFrontTab(s)).toMatch(/Cannot access contents of the page/);

    const popup = await clickExtensionAction(s.browser, s.page);
    await popup.click('[data-testid="badge-page"]');
    await popup.waitForSelector('[data-testid="this-page-note"]');
    expect(await textOf(popup, '[data-testid="this-page-note"]')).toMatch(/^Badging the tickers this page marks/);
    await popup.close();
    expect(await probeFrontTab(s), 'activeTab granted by the click').toBe('ok');

    const bs = await expectStoryBadged(s.page);
    expectCoreNumbers(s, bs);
    // The hover card's module is injected under the same grant.
    await s.page.locator(badgeButton('rs', 'IWM')).first().hover();
    const open = await pollBadges(s.page, (b) => openCard(b) !== null, 'the card to open on hover');
    expect(openCard(open)!.label).toBe('IWM versus SPY');
  });

  it('the shortcut is assigned its suggested key (one Chromium does not keep for itself); the keys cannot be pressed headless', async () => {
    const commands = await session().browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === BADGE_PAGE_COMMAND)).toMatchObject({ shortcut: BADGE_PAGE_KEY, description: BADGE_PAGE_TITLE });
  });

  it('the ask was for that page view: the next load of the story shows no badges', async () => {
    const s = session();
    expect(await ourModulesOnLoad(s.page, urls.reuters)).toEqual([]);
    expect(await readBadges(s.page)).toEqual([]);
  });

  it('“Always on this site” badges the next load of fool.com with no click; Options → Remove stops it and leaves no script', async () => {
    const s = session();
    expect(await ourModulesOnLoad(s.page, urls.fool)).toEqual([]);
    // The Reuters click's activeTab ended when this tab went to another site; the seeded grant is not held yet.
    expect(await probeFrontTab(s)).toMatch(/Cannot access contents of the page/);
    expect(await holdsFool(s), 'granted in the profile, not held before the click').toBe(false);
    expect(await registeredScripts(s)).toEqual([]);

    const popup = await clickExtensionAction(s.browser, s.page);
    await popup.click('[data-testid="always-site"]');
    await popup.waitForSelector('[data-testid="always-on"]');
    expect(await textOf(popup, '[data-testid="this-page-note"]')).toMatch(/^Badges on every page of www\.fool\.com from its next load/);
    await popup.close();
    expect(await holdsFool(s)).toBe(true);
    expect(await registeredScripts(s)).toEqual([
      expect.objectContaining({ id: `any-page:${FOOL.origin}`, matches: FOOL_ORIGINS, js: ['content/page.js'], persistAcrossSessions: true }),
    ]);

    // The next load, in a new tab (no activeTab there): badged with no click.
    const next = await s.browser.context.newPage();
    expect(await ourModulesOnLoad(next, urls.fool), 'our script on the next load').toContain('runtime');
    expectCoreNumbers(s, await expectStoryBadged(next));

    const options = await openOptions(s.browser);
    await options.click(`[data-testid="remove-site-${FOOL.hostname}"]`);
    await options.waitForSelector(`[data-testid="remove-site-${FOOL.hostname}"]`, { state: 'detached' });
    await options.close();
    expect(await registeredScripts(s)).toEqual([]);
    expect(await holdsFool(s)).toBe(false);
    expect(await ourModulesOnLoad(next, urls.fool), 'content scripts on the load after Remove').toEqual([]);
    expect(await readBadges(next)).toEqual([]);
    await next.close();
  });
});
