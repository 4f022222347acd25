/**
 * The MV3 manifest, built by @crxjs/vite-plugin. Invariants (checked by test/build.test.ts):
 * no all-URLs pattern; content scripts only on the supported sites; host permissions = site hosts + data hosts;
 * the default CSP (no remote code, no eval). The content scripts (one standalone IIFE per site, on
 * that site's match patterns) are added by content-scripts.plugin.ts.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import { CONTENT_SCRIPT_MATCHES, DATA_HOST_MATCHES, YAHOO_COOKIE_ORIGIN } from './src/background/hosts.ts';

export default defineManifest({
  manifest_version: 3,
  name: 'Rotation Lens',
  description: 'Small-cap vs large-cap rotation (IWM vs SPY) badges on the financial pages you read.',
  version: '0.1.0',
  minimum_chrome_version: '116',
  // public/icons/ (also the notifications' icon: alerts.ts uses icons/icon-128.png).
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  // scripting: the worker injects the on-demand content modules (content/card.js, content/scan.js) into
  // the asking tab only (handlers/load-module.ts); nothing is web-accessible.
  permissions: ['storage', 'alarms', 'scripting'],
  // notifications: only for alerts, which are off by default — asked for when the user turns them on
  // (options/sections/AlertsSection.tsx → chrome.permissions.request), never at install.
  optional_permissions: ['notifications'],
  // fc.yahoo.com: Yahoo's cookie for the live valuation readings (background/live-valuation.ts) — the one
  // extra host, asked for when the user turns live readings on.
  optional_host_permissions: [YAHOO_COOKIE_ORIGIN],
  host_permissions: [...CONTENT_SCRIPT_MATCHES, ...DATA_HOST_MATCHES],
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  action: { default_popup: 'src/popup/index.html', default_title: 'Rotation Lens', default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' } },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  // content_scripts: added at build time (content-scripts.plugin.ts).
});
