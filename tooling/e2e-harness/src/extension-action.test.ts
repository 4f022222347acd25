/**
 * The harness's stand-ins for the reader's gestures, in real Chromium with a tiny throwaway extension (not
 * the product): the toolbar click (clickExtensionAction) opens the action's popup as a page and grants
 * activeTab on the tab, and an origin seeded as granted in the profile (grantedOrigins) is not held at
 * start but is given without a prompt to the extension's own permissions.request from a click.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSelfSignedCert } from './cert.ts';
import { e2eGate } from './chromium.ts';
import { clickExtensionAction } from './extension-action.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { type ExtensionBrowser, launchWithExtension } from './launch.ts';

const PAGE = 'https://www.fool.com/investing/probe/';
const ORIGINS = ['https://www.fool.com/*'];
const PROBE_MANIFEST = {
  manifest_version: 3,
  name: 'gesture probe',
  version: '1',
  background: { service_worker: 'bg.js' },
  permissions: ['activeTab', 'scripting'],
  optional_host_permissions: ['https://*/*'],
  action: { default_popup: 'popup.html' },
};
const PROBE_POPUP = `<!doctype html><button id="ask">Ask</button><output id="answer"></output><script src="popup.js"></script>`;
const PROBE_POPUP_JS = `document.getElementById('ask').addEventListener('click', () => {
  chrome.permissions.request({ origins: ${JSON.stringify(ORIGINS)} }).then(String, (e) => 'error: ' + e.message).then((a) => { document.getElementById('answer').textContent = a; });
});`;

const gate = e2eGate({ extension: false });

describe.skipIf(!gate.run)('clickExtensionAction and grantedOrigins (probe extension)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rl-gesture-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(PROBE_MANIFEST));
    writeFileSync(join(dir, 'bg.js'), '');
    writeFileSync(join(dir, 'popup.html'), PROBE_POPUP);
    writeFileSync(join(dir, 'popup.js'), PROBE_POPUP_JS);
    server = await startFixtureServer({ tls: makeSelfSignedCert(['www.fool.com']), pages: [{ url: PAGE, body: '<!doctype html><title>probe</title><p>probe</p>' }] });
    browser = await launchWithExtension({ port: server.port, dist: dir, extensionDebugging: true, grantedOrigins: ORIGINS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Worker-side code as strings: the harness has no chrome.* types (the probe is not the product).
  const probeActiveTab = (): Promise<string> =>
    browser.worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.title }).then((r) => String(r[0].result), (e) => e.message);
    })()`);
  const holds = (): Promise<boolean> => browser.worker.evaluate(`chrome.permissions.contains({ origins: ${JSON.stringify(ORIGINS)} })`);

  it('the click opens the popup as a page and grants activeTab on the tab', async () => {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(PAGE);
    expect(await probeActiveTab()).toMatch(/Cannot access contents of the page/);
    const popup = await clickExtensionAction(browser, page);
    expect(popup.url()).toBe(browser.extensionUrl('popup.html'));
    expect(await probeActiveTab()).toBe('probe');
    await popup.close();
  });

  it('a seeded origin is not held at start; the popup’s request from a click gets it without a prompt', async () => {
    expect(await holds()).toBe(false);
    const popup = await clickExtensionAction(browser, browser.context.pages()[0]!);
    await popup.click('#ask');
    await popup.waitForFunction(() => document.getElementById('answer')?.textContent !== '');
    expect(await popup.textContent('#answer')).toBe('true');
    expect(await holds()).toBe(true);
    await popup.close();
  });
});
