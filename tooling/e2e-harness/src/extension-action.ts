/**
 * The reader's click on the extension's toolbar button, for a test: CDP `Extensions.triggerAction` runs
 * the action on a tab the way the browser runs it on a click — it grants activeTab on that tab (Chromium
 * invokes it with tab permissions granted) and opens the action's popup attached to that tab's window.
 * Headless Chromium has no toolbar to click, and a shortcut pressed through CDP never reaches the
 * browser's accelerators, so this is the one way to give a test the user's gesture.
 *
 * Needs a launch with `extensionDebugging` (Chromium's --enable-unsafe-extension-debugging; Playwright
 * already talks to Chromium over --remote-debugging-pipe, which the command also requires).
 * The popup is a target of type "other", which Playwright attaches to as a page only while
 * PW_CHROMIUM_ATTACH_TO_OTHER is set (read per attach): it is set around the click only.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch.ts';

/** Clicks the extension's action on `page`'s tab (brought to the front first); resolves with the popup page once it shows the extension's URL. */
export async function clickExtensionAction(browser: ExtensionBrowser, page: Page, timeoutMs = 15_000): Promise<Page> {
  const owner = browser.context.browser();
  if (!owner) throw new Error('clickExtensionAction: no browser-level CDP session for this context');
  await page.bringToFront();
  const cdp = await owner.newBrowserCDPSession();
  const previous = process.env['PW_CHROMIUM_ATTACH_TO_OTHER'];
  process.env['PW_CHROMIUM_ATTACH_TO_OTHER'] = '1';
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
    if (tabs.length !== 1) throw new Error(`clickExtensionAction: ${tabs.length} tabs show ${page.url()} (need exactly one)`);
    const popup = browser.context.waitForEvent('page', { timeout: timeoutMs });
    popup.catch(() => undefined); // awaited below; not an unhandled rejection when the click itself fails
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabs[0]!.targetId }).catch((e: Error) => {
      throw new Error(`clickExtensionAction: Chromium refused Extensions.triggerAction (launched with extensionDebugging?): ${e.message}`);
    });
    const opened = await popup;
    await opened.waitForURL((u) => u.href.startsWith(browser.extensionUrl('')), { timeout: timeoutMs });
    return opened;
  } finally {
    if (previous === undefined) delete process.env['PW_CHROMIUM_ATTACH_TO_OTHER'];
    else process.env['PW_CHROMIUM_ATTACH_TO_OTHER'] = previous;
    await cdp.detach().catch(() => undefined);
  }
}
