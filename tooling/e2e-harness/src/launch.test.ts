/**
 * The harness itself in real Chromium, with a tiny throwaway extension (not the product): the worker's
 * fetch of the Yahoo chart URL and the page's URL both land on the local server, the extension id comes
 * from the worker URL, console errors from the extension are collected, and nothing reaches the internet.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSelfSignedCert } from './cert.ts';
import { e2eGate } from './chromium.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { type ExtensionBrowser, launchWithExtension } from './launch.ts';

const PROBE_MANIFEST = {
  manifest_version: 3,
  name: 'harness probe',
  version: '1',
  background: { service_worker: 'bg.js', type: 'module' },
  host_permissions: ['https://finance.yahoo.com/*', 'https://query1.finance.yahoo.com/*'],
  content_scripts: [{ matches: ['https://finance.yahoo.com/*'], js: ['cs.js'] }],
};
const PROBE_WORKER = `chrome.runtime.onMessage.addListener((m, _s, reply) => {
  fetch('https://query1.finance.yahoo.com/v8/finance/chart/' + encodeURIComponent(m.symbol) + '?period1=' + m.p1 + '&period2=' + m.p2 + '&interval=1d')
    .then((r) => r.json()).then((j) => reply(j.chart.result ? j.chart.result[0].timestamp.length : -1), (e) => reply(String(e)));
  return true;
});`;
const PROBE_CONTENT = `chrome.runtime.sendMessage({ symbol: '^RUT', p1: 1725148800, p2: 1726185600 }).then((n) => {
  document.body.dataset.bars = String(n);
  console.error('probe error from the content script');
});`;

// Chromium, openssl and ../shared/data, but not the product's build (the probe is its own extension).
// Missing locally → skipped with a message; missing in CI (process.env.CI) → this file fails.
const gate = e2eGate({ sharedData: true, extension: false });

describe.skipIf(!gate.run)('launchWithExtension (probe extension)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rl-probe-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(PROBE_MANIFEST));
    writeFileSync(join(dir, 'bg.js'), PROBE_WORKER);
    writeFileSync(join(dir, 'cs.js'), PROBE_CONTENT);
    server = await startFixtureServer({ tls: makeSelfSignedCert(['finance.yahoo.com']), pages: [{ url: 'https://finance.yahoo.com/quote/%5ERUT/', body: '<!doctype html><body><h1>RUT</h1><img src="https://s.yimg.com/x.png"></body>' }] });
    browser = await launchWithExtension({ port: server.port, dist: dir });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the extension id from the worker and routes page + worker traffic to the local server', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.context.newPage();
    await page.goto('https://finance.yahoo.com/quote/%5ERUT/');
    await page.waitForFunction(() => document.body.dataset.bars !== undefined, null, { timeout: 15_000 });
    // 2024-09-01 .. 2024-09-13 UTC: the sessions of 3..12 September 2024.
    expect(await page.evaluate(() => document.body.dataset.bars)).toBe('8');
    expect(server.chartRequests.at(-1)).toMatchObject({ symbol: '^RUT', status: 200, bars: 8 });
    expect(server.blocked().some((r) => r.host === 's.yimg.com')).toBe(true);
    await page.close();
  });

  it('collects console errors that come from the extension', async () => {
    await expect.poll(() => browser.errors.list.map((e) => e.text)).toContain('probe error from the content script');
  });

  it('keeps the machine offline: an arbitrary host is answered by the local server', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto('https://www.example.com/');
    expect(res?.status()).toBe(404);
    expect(server.blocked().some((r) => r.host === 'www.example.com' && r.status === 404)).toBe(true);
    await page.close();
  });
});
