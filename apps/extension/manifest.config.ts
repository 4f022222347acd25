/**
 * The MV3 manifest, built by @crxjs/vite-plugin, for Chrome (the default export) and Firefox
 * (manifestFor('firefox'), built with `vite build --mode firefox`). Invariants (checked by
 * test/build.test.ts and test/firefox-manifest.test.ts): no all-URLs pattern; content scripts only on
 * the supported sites; host permissions = site hosts + data hosts (any other origin only as an optional
 * one, asked for per origin); the default CSP (no remote code, no
 * eval). The content scripts (one standalone IIFE per site, on that site's match patterns) are added by
 * content-scripts.plugin.ts. The version comes from package.json, its one owner.
 */
import { type ManifestV3Export, defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { ANY_SITE_ORIGINS, BADGE_PAGE_COMMAND, BADGE_PAGE_TITLE } from './src/background/any-page.ts';
import { BADGE_PAGE_KEY } from './src/contracts/generic-site.ts';
import { CONTENT_SCRIPT_MATCHES, DATA_HOST_MATCHES, YAHOO_COOKIE_ORIGIN } from './src/contracts/hosts.ts';

export type TargetBrowser = 'chrome' | 'firefox';
/** The plain-object form defineManifest takes. */
type Manifest = Exclude<Parameters<typeof defineManifest<string>>[0], Promise<unknown> | ((...args: never[]) => unknown)>;

/** The add-on id Firefox knows the extension by (storage and granted permissions are keyed by it). */
export const GECKO_ID = 'rotation-lens@rotation-lens.dev';
/**
 * Oldest Firefox the add-on supports: the code needs storage.session (115), scripting (102) and MV3
 * host permissions shown and granted at install (127); the manifest's data_collection_permissions needs
 * 140 on desktop (the 140 ESR line) and 142 on Android.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

const chrome: Manifest = {
  manifest_version: 3,
  name: 'Rotation Lens',
  description: 'Small-cap vs large-cap rotation (IWM vs SPY) badges on the financial pages you read.',
  version: pkg.version,
  minimum_chrome_version: '116',
  // public/icons/ (also the notifications' icon: alerts.ts uses icons/icon-128.png).
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  // scripting: the worker injects the on-demand content modules (content/card.js, content/scan.js) into
  // the asking tab only (handlers/load-module.ts); nothing is web-accessible.
  // activeTab + contextMenus: "Badge tickers on this page" (popup button, shortcut, context menu) runs
  // the generic script (content/page.js) in the tab the reader is on, with no host permission; the
  // grant ends when the tab navigates away (background/any-page.ts, handlers/badge-tab.ts).
  permissions: ['storage', 'alarms', 'scripting', 'activeTab', 'contextMenus'],
  // notifications: only for alerts, which are off by default — asked for when the user turns them on
  // (options/sections/AlertsSection.tsx → chrome.permissions.request), never at install.
  optional_permissions: ['notifications'],
  host_permissions: [...CONTENT_SCRIPT_MATCHES, ...DATA_HOST_MATCHES],
  // Any https origin may be asked for, but only one at a time, at the reader's click on "Always on this
  // site" (permissions.request({origins: [that origin]})); nothing is granted at install. fc.yahoo.com
  // (Yahoo's cookie for the live valuation readings, background/live-valuation.ts) is named on its own:
  // the one extra data host, asked for by itself.
  optional_host_permissions: [ANY_SITE_ORIGINS, YAHOO_COOKIE_ORIGIN],
  commands: { [BADGE_PAGE_COMMAND]: { suggested_key: { default: BADGE_PAGE_KEY }, description: BADGE_PAGE_TITLE } },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  action: { default_popup: 'src/popup/index.html', default_title: 'Rotation Lens', default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' } },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  // content_scripts: added at build time (content-scripts.plugin.ts).
};

/**
 * Firefox MV3 from the same manifest: the worker runs as a background script (Firefox has no extension
 * service workers), a gecko id and minimum version, no Chrome-only keys. Host permissions stay the
 * same list; Firefox lets the user withhold them, which the popup and options detect (src/ui/SiteAccessNotice.tsx).
 */
function firefox(base: Manifest): Manifest {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = base;
  const worker = background && 'service_worker' in background ? background.service_worker : 'src/background/index.ts';
  return {
    ...rest,
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      // data_collection_permissions 'none': nothing is sent to us; price requests go to the providers the user picks.
      gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  } as Manifest;
}

export function manifestFor(target: TargetBrowser): ManifestV3Export {
  return defineManifest(target === 'firefox' ? firefox(chrome) : chrome);
}

export default manifestFor('chrome');
