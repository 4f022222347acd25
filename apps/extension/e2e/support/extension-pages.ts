/**
 * The extension's own pages in a session — the popup (at its real size) and the options page — and
 * the extension's storage as the worker sees it (for "nothing changed" assertions).
 */
import type { ExtensionBrowser } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { SETTINGS_KEY, type Settings } from '../../src/shared/settings.ts';

export const POPUP_PATH = 'src/popup/index.html';
export const OPTIONS_PATH = 'src/options/index.html';

/** Opens the popup in a tab at the popup's size and waits for its first complete render. */
export async function openPopup(browser: ExtensionBrowser): Promise<{ popup: Page; firstRenderMs: number }> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(browser.extensionUrl(POPUP_PATH));
  const ms = await popup.waitForSelector('[data-first-render-ms]', { timeout: 20_000 }).then((el) => el.getAttribute('data-first-render-ms'));
  return { popup, firstRenderMs: Number(ms) };
}

/** Opens the options page and waits until its settings are loaded (every section rendered). */
export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl(OPTIONS_PATH));
  await options.waitForSelector('[data-testid="section-alerts"]');
  return options;
}

export interface StorageSnapshot {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** Everything in chrome.storage.sync and chrome.storage.local, read from the service worker. */
export function readStorage(browser: ExtensionBrowser): Promise<StorageSnapshot> {
  return browser.worker.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
}

/** The stored settings (the settings store keeps them as one item under SETTINGS_KEY). */
export async function storedSettings(browser: ExtensionBrowser): Promise<Settings> {
  const { sync } = await readStorage(browser);
  return sync[SETTINGS_KEY] as Settings;
}

/** Text of an element, whitespace collapsed ('' when absent). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const el = await page.$(selector);
  return ((await el?.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
