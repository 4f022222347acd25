/**
 * One e2e session per test file: the local HTTPS "internet" (fixture pages at their real URLs + the Yahoo
 * chart endpoint on real history), Chromium with the built extension, settings applied through the
 * extension's own storage, and one reusable tab.
 */
import {
  type ExtensionBrowser,
  type FixtureServer,
  type LaunchOptions,
  type PageSource,
  YAHOO_DATA_HOSTS,
  launchWithExtension,
  makeSelfSignedCert,
  startFixtureServer,
} from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/settings/schema.ts';
import { allFixturePages } from '../fixtures/site-pages.ts';

export interface E2eSession {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** The tab the file's tests share (navigate it; don't close it). */
  page: Page;
  settings: Settings;
  setSettings(s: Settings): Promise<void>;
  close(): Promise<void>;
}

/** Test settings: Yahoo only (no fallback to other providers or to the simulator), everything else default. */
export const E2E_SETTINGS: Settings = { ...DEFAULT_SETTINGS, data: { ...DEFAULT_SETTINGS.data, providerOrder: ['yahoo'] } };

/** The fixture pages beyond the standard ones, the settings to start with, and how to launch Chromium (the harness's options). */
export type SessionOptions = Omit<LaunchOptions, 'port'> & { extraPages?: PageSource[]; settings?: Settings };

export async function startSession(opts: SessionOptions = {}): Promise<E2eSession> {
  const { extraPages, settings: _settings, ...launch } = opts;
  const pages = [...allFixturePages(), ...(extraPages ?? [])];
  const hosts = [...new Set([...pages.map((p) => new URL(p.url).hostname), ...YAHOO_DATA_HOSTS])];
  const server = await startFixtureServer({ tls: makeSelfSignedCert(hosts), pages });
  const browser = await launchWithExtension({ ...launch, port: server.port });
  const setSettings = async (s: Settings) => {
    // Through the extension's own storage, from its service worker (the settings store's one-item layout).
    await browser.worker.evaluate(([key, value]) => chrome.storage.sync.set({ [key]: value }), [SETTINGS_KEY, s] as const);
    session.settings = s;
  };
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  browser.errors.watch(page);
  const session: E2eSession = {
    server,
    browser,
    page,
    settings: opts.settings ?? E2E_SETTINGS,
    setSettings,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  await setSettings(session.settings);
  return session;
}

