/**
 * Debian's firefox-esr with the built Firefox extension (apps/extension/dist-firefox), driven over
 * WebDriver BiDi by puppeteer-core; the extension is installed through BiDi's webExtension.install
 * (temporary, like about:debugging). Every host name reaches the local fixture server through a CONNECT
 * proxy (connect-proxy.ts; Firefox has no --host-resolver-rules) and the session accepts the server's
 * self-signed certificate (acceptInsecureCerts, which Firefox applies browser-wide, so the background
 * script's fetches pass too). The extension's internal UUID is fixed by a pref, so its pages have a
 * known moz-extension:// origin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { openSslAvailable } from './cert.ts';
import { type ConnectProxy, startConnectProxy } from './connect-proxy.ts';
import { REPO_ROOT, hasSharedData } from './paths.ts';

export const FIREFOX_PATH = process.env.ROTATION_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = process.env.ROTATION_FIREFOX_DIST ?? join(REPO_ROOT, 'apps', 'extension', 'dist-firefox');
/** The moz-extension:// host of the installed extension (pinned with extensions.webextensions.uuids). */
export const FIREFOX_EXTENSION_UUID = '5f1d2c3b-7a0e-4b8e-9c1a-0e2d3f4a5b6c';

/** What is missing for a Firefox e2e run, as readable phrases (empty = nothing). */
export function missingForFirefoxE2e(firefoxPath = FIREFOX_PATH, dist = FIREFOX_DIST): string[] {
  const missing: string[] = [];
  if (!existsSync(firefoxPath)) missing.push(`Firefox at ${firefoxPath} (apt-get install firefox-esr)`);
  if (!existsSync(join(dist, 'manifest.json'))) missing.push(`the built Firefox extension at ${dist} (pnpm build)`);
  if (!openSslAvailable()) missing.push('openssl (for the local HTTPS certificate)');
  if (!hasSharedData()) missing.push('the real data in ../shared/data');
  return missing;
}

/** Prefs: all traffic through the proxy (localhost included), no first-run or background chatter, the pinned UUID. */
export function firefoxPrefs(proxyPort: number, geckoId: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.http.http3.enable': false,
    'dom.security.https_only_mode': false,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    'intl.accept_languages': 'en-US',
    'browser.shell.checkDefaultBrowser': false,
  };
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  proxy: ConnectProxy;
  extensionId: string;
  /** moz-extension://UUID/<path> */
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Port of the fixture server every host is tunnelled to. */
  port: number;
  /** The add-on id in the built manifest (browser_specific_settings.gecko.id). */
  geckoId: string;
  dist?: string;
  headless?: boolean;
}

export async function launchFirefoxWithExtension(opts: FirefoxLaunchOptions): Promise<FirefoxExtensionBrowser> {
  const proxy = await startConnectProxy(opts.port);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: opts.headless ?? true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: firefoxPrefs(proxy.port, opts.geckoId),
      defaultViewport: { width: 1280, height: 900 },
      // MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: BiDi may navigate a tab to moz-extension:// (the popup and options
      // pages), as the Chromium suite opens chrome-extension:// pages.
      env: { ...process.env, TZ: 'America/New_York', MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }
  const extensionId = await browser.installExtension(opts.dist ?? FIREFOX_DIST);
  return {
    browser,
    proxy,
    extensionId,
    extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}
