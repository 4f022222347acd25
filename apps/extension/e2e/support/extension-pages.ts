/**
 * The extension's own pages in a session — the popup (at its real size) and the options page — and
 * the extension's storage as the worker sees it (for "nothing changed" assertions).
 */
import type { ExtensionBrowser } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { BACKUP_SETTINGS_KEY, DEVICE_SETTINGS_KEY, readSync } from '../../src/settings/layout.ts';
import type { Settings } from '../../src/settings/schema.ts';

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

/**
 * Everything in chrome.storage.sync and chrome.storage.local, read from the service worker — except the
 * local backup copy of the synced settings, which any page refreshes when it reads a newer complete copy
 * (src/settings/atomic-io.ts), so "nothing changed" compares what the user stored.
 */
export async function readStorage(browser: ExtensionBrowser): Promise<StorageSnapshot> {
  const all = await browser.worker.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
  delete all.local[BACKUP_SETTINGS_KEY];
  return all;
}

/** The stored settings as the settings store lays them out (one item or parts; the device copy when kept there). */
export async function storedSettings(browser: ExtensionBrowser): Promise<Settings> {
  const { sync, local } = await readStorage(browser);
  return (local[DEVICE_SETTINGS_KEY] ?? readSync(sync).raw) as Settings;
}

/** Text of an element, whitespace collapsed ('' when absent). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const el = await page.$(selector);
  return ((await el?.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
