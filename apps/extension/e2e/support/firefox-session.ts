/**
 * One Firefox e2e session: the local HTTPS "internet" (fixture pages at their real URLs + the Yahoo
 * chart endpoint on real history), firefox-esr with the built Firefox extension (dist-firefox), the test
 * settings written through the extension's own storage from its options page, and one reusable tab.
 * The puppeteer-core counterparts of session.ts, extension-pages.ts and page-helpers.ts.
 */
import {
  type BadgeHost,
  type FirefoxExtensionBrowser,
  type FixtureServer,
  FIREFOX_DIST,
  READ_BADGES_JS,
  YAHOO_DATA_HOSTS,
  launchFirefoxWithExtension,
  makeSelfSignedCert,
  startFixtureServer,
} from '@rotation-lens/e2e-harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEVICE_SETTINGS_KEY, readSync } from '../../src/settings/layout.ts';
import { SETTINGS_KEY, type Settings } from '../../src/settings/schema.ts';
import { allFixturePages } from '../fixtures/site-pages.ts';
import { OPTIONS_PATH, POPUP_PATH } from './extension-pages.ts';
import { pollBadgesWith } from './page-helpers.ts';
import { E2E_SETTINGS } from './session.ts';

export interface FirefoxSession {
  server: FixtureServer;
  firefox: FirefoxExtensionBrowser;
  /** The tab the tests share for site pages. */
  page: Page;
  settings: Settings;
  /** Uncaught errors of the extension's pages and the site tabs (content scripts report there). */
  errors: string[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens an extension page (moz-extension://) in `page`. BiDi's navigate does not report these loads as
 * finished, so the wait is on the document itself; the navigate call is left to settle on its own.
 */
export async function gotoExtensionPage(fx: FirefoxExtensionBrowser, page: Page, path: string): Promise<void> {
  const url = fx.extensionUrl(path);
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  // Polled from here (not waitForFunction): an evaluation that meets the document switch just retries.
  const state = () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
  await until(state, (v) => v === `${url} complete`, `${path} to load`, 20_000);
}

export async function startFirefoxSession(): Promise<FirefoxSession> {
  const pages = allFixturePages();
  const hosts = [...new Set([...pages.map((p) => new URL(p.url).hostname), ...YAHOO_DATA_HOSTS])];
  const server = await startFixtureServer({ tls: makeSelfSignedCert(hosts), pages });
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const firefox = await launchFirefoxWithExtension({ port: server.port, geckoId: manifest.browser_specific_settings.gecko.id });
  const errors: string[] = [];
  const page = (await firefox.browser.pages())[0] ?? (await firefox.newPage());
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => errors.push(`page: ${String(e)}`));
  const session: FirefoxSession = {
    server,
    firefox,
    page,
    settings: E2E_SETTINGS,
    errors,
    close: async () => {
      await firefox.close();
      await server.close();
    },
  };
  const options = await openFirefoxOptions(session);
  await options.evaluate(([key, value]) => chrome.storage.sync.set({ [key]: value }), [SETTINGS_KEY, E2E_SETTINGS] as const);
  await options.close();
  return session;
}

/** The options page in a new tab, once every section rendered. */
export async function openFirefoxOptions(s: FirefoxSession): Promise<Page> {
  const options = await s.firefox.newPage();
  options.on('pageerror', (e) => s.errors.push(`options: ${String(e)}`));
  await gotoExtensionPage(s.firefox, options, OPTIONS_PATH);
  await options.waitForSelector('[data-testid="section-alerts"]', { timeout: 20_000 });
  return options;
}

/** The popup in a tab at the popup's size, once its first render is complete. */
export async function openFirefoxPopup(s: FirefoxSession): Promise<Page> {
  const popup = await s.firefox.newPage();
  popup.on('pageerror', (e) => s.errors.push(`popup: ${String(e)}`));
  await popup.setViewport({ width: 400, height: 600 });
  await gotoExtensionPage(s.firefox, popup, POPUP_PATH);
  await popup.waitForSelector('[data-first-render-ms]', { timeout: 30_000 });
  return popup;
}

/** The stored settings as the settings store lays them out (read from an extension page). */
export async function storedSettingsFx(page: Page): Promise<Settings> {
  const { sync, local } = await page.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
  return (local[DEVICE_SETTINGS_KEY] ?? readSync(sync).raw) as Settings;
}

export const readBadgesFx = (page: Page): Promise<BadgeHost[]> => page.evaluate(READ_BADGES_JS) as Promise<BadgeHost[]>;

/** Polls the page's badges (Firefox, puppeteer) until `ready` holds; throws with what was last seen. */
export const pollBadgesFx = (page: Page, ready: (b: BadgeHost[]) => boolean, what: string, timeoutMs = 20_000): Promise<BadgeHost[]> =>
  pollBadgesWith(() => readBadgesFx(page), ready, what, timeoutMs);

/** Cell texts of a table row, trimmed. */
export function cellTexts(page: Page, rowSelector: string): Promise<string[]> {
  return page.$$eval(`${rowSelector} td`, (tds) => tds.map((td) => (td.textContent ?? '').trim()));
}

/** Text of an element, whitespace collapsed ('' when absent). */
export async function textOfFx(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).catch(() => '');
}

/** Waits until `read()` satisfies `ok`, returning the last value (throws with it on timeout). */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await sleep(100);
    last = await read();
  }
  return last;
}
