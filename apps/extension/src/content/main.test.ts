/**
 * @vitest-environment happy-dom
 * @vitest-environment-options {"url": "https://finance.yahoo.com/news/small-caps-rally-123.html"}
 */
import type { RotationReport } from '@rotation-lens/core';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { Request } from '../contracts/messages.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { badgesIn, fakeSend, PAGE_DEFAULTS, testAdapter } from '../test/page.ts';
import { sampleReports } from '../test/views.ts';
import { URL_CHECK_DEBOUNCE_MS } from './badges/url-watch.ts';
import { runContentScript } from './main.ts';
import { registeredModule } from './modules/registry.ts';

let reports: Map<string, RotationReport>;
let fake: ChromeFake | null = null;
beforeAll(async () => {
  reports = await sampleReports(['MSFT', 'NVDA']);
});
afterEach(async () => {
  document.body.replaceChildren();
  // The page's URL watcher (badges/url-watch.ts) debounces DOM changes on a timer; let it run while the
  // test environment is still up, or it fires into a torn-down window.
  await new Promise((resolve) => setTimeout(resolve, 3 * URL_CHECK_DEBOUNCE_MS));
  fake?.uninstall();
});

it('an article is scanned and badged by the page script itself: no module is asked of the worker first', async () => {
  const worker = fakeSend(reports, undefined);
  fake = installChromeFake();
  fake.onMessage((m) => ((m as Request).type === 'get-page-settings' ? { ok: true, data: PAGE_DEFAULTS } : worker.send(m as Request)));
  const p = document.createElement('p');
  p.textContent = 'Shares of $MSFT and (NASDAQ: NVDA) rose.';
  document.body.append(p);
  runContentScript(testAdapter);
  await expect.poll(() => badgesIn(document).filter((b) => b.state === 'ok').length).toBe(2);
  expect(fake.sent.map((m) => (m as Request).type)).toEqual(['get-page-settings', 'get-badges']);
  expect(registeredModule('runtime')).toBe(true);
});
