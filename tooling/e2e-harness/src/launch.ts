/**
 * Launches Chromium with the built extension loaded unpacked, every host name resolved to the local
 * fixture server, and the extension's id read from its service worker URL. The extension runs unmodified:
 * the page URLs are the real ones (https://finance.yahoo.com/quote/AAPL/) and so are the worker's fetches.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Worker, chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.ts';
import { type ExtensionErrors, collectExtensionErrors } from './extension-errors.ts';
import { EXTENSION_DIST } from './paths.ts';
import { seedGrantedOrigins } from './profile-grants.ts';

export interface LaunchOptions {
  /** Port of the fixture server every host is mapped to. */
  port: number;
  dist?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /**
   * Allow CDP's Extensions domain (--enable-unsafe-extension-debugging), for clickExtensionAction
   * (extension-action.ts). Off by default: no other test needs it.
   */
  extensionDebugging?: boolean;
  /** Origins (match patterns) the user granted the extension earlier, seeded into the new profile (profile-grants.ts). */
  grantedOrigins?: readonly string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  errors: ExtensionErrors;
  /** chrome-extension://ID/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** The command line: the extension, no network of its own, every host → 127.0.0.1:port, self-signed TLS accepted. */
export function chromiumArgs(dist: string, port: number): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication',
    `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    '--lang=en-US',
  ];
}

export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const dist = opts.dist ?? EXTENSION_DIST;
  const userDataDir = mkdtempSync(join(tmpdir(), 'rl-chromium-'));
  const seededId = opts.grantedOrigins?.length ? seedGrantedOrigins(userDataDir, dist, opts.grantedOrigins) : null;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    args: [...chromiumArgs(dist, opts.port), ...(opts.extensionDebugging ? ['--enable-unsafe-extension-debugging'] : [])],
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  if (seededId !== null && seededId !== extensionId) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`granted origins were seeded for extension ${seededId}, but Chromium loaded ${extensionId}`);
  }
  const errors = collectExtensionErrors(context, worker);
  return {
    context,
    extensionId,
    worker,
    errors,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
