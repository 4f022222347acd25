/**
 * `notifications` as an optional permission, in real Chromium: not held after install (the worker has no
 * chrome.notifications), Chrome refuses a request made without a user gesture, and the options page's
 * states. Headless Chromium shows its permission prompt to nobody — it neither grants nor denies — so the
 * deterministic checks here are: the click asks (the section waits for the answer) and nothing is saved
 * until Chrome says yes; alerts synced on without the permission show the "Allow notifications" state.
 * Grant and refuse answers are covered by the unit tests (AlertsSection.test.tsx, with the chrome fake).
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import { describe, expect, it } from 'vitest';
import { askingMessage } from '../src/options/sections/AlertsSection.tsx';
import { OPTIONS_PATH, openOptions, storedSettings, textOf } from './support/extension-pages.ts';
import { E2E_SETTINGS } from './support/session.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate();
const NOTIFICATIONS: chrome.permissions.Permissions = { permissions: ['notifications'] };

describe.skipIf(!gate.run)('notifications: an optional permission', () => {
  const session = useSession();

  it('not held after install: the worker has no chrome.notifications, only the required permissions', async () => {
    const { browser } = session();
    const got = await browser.worker.evaluate(async (p) => ({
      api: typeof chrome.notifications,
      held: await chrome.permissions.contains(p),
      all: (await chrome.permissions.getAll()).permissions ?? [],
    }), NOTIFICATIONS);
    expect(got.api).toBe('undefined');
    expect(got.held).toBe(false);
    expect([...got.all].sort()).toEqual(['alarms', 'scripting', 'storage']);
  });

  it('Chrome refuses a request made without a user gesture (why the options page asks from the click)', async () => {
    const { browser } = session();
    // At document start, before any input (page.evaluate would carry a user gesture).
    const page = await browser.context.newPage();
    await page.addInitScript((p) => {
      const w = window as unknown as { noGesture: Promise<string> };
      w.noGesture = chrome.permissions.request(p).then(String, (e: Error) => `error: ${e.message}`);
    }, NOTIFICATIONS);
    await page.goto(browser.extensionUrl(OPTIONS_PATH));
    const answer = await page.evaluate(() => (window as unknown as { noGesture: Promise<string> }).noGesture);
    expect(answer).toMatch(/^error: .*user gesture/i);
    await page.close();
  });

  it('alerts synced on without the permission: the section says so and offers to allow notifications', async () => {
    const s = session();
    await s.setSettings({ ...E2E_SETTINGS, alerts: { ...E2E_SETTINGS.alerts, enabled: true } });
    const options = await openOptions(s.browser);
    await options.waitForSelector('[data-testid="alerts-permission-missing"]');
    expect(await textOf(options, '[data-testid="alerts-permission-missing"]')).toMatch(/Alerts are on, but Chrome has not allowed/);
    expect(await options.isVisible('[data-testid="alerts-grant"]')).toBe(true);
    expect(await options.isChecked('[data-testid="alerts-enabled"]')).toBe(true);
    await options.close();
    await s.setSettings(E2E_SETTINGS);
  });

  it('turning alerts on asks Chrome from the click; nothing is saved while the prompt is unanswered', async () => {
    const s = session();
    const options = await openOptions(s.browser);
    expect(await options.isChecked('[data-testid="alerts-enabled"]')).toBe(false);
    await options.click('[data-testid="alerts-enabled"]');
    // A real request went out (a refused gesture would have answered at once with the refusal message).
    await options.waitForFunction((text) => document.querySelector('[data-testid="alerts-permission-status"]')?.textContent === text, askingMessage());
    expect(await options.isDisabled('[data-testid="alerts-enabled"]')).toBe(true);
    await options.waitForTimeout(1000);
    expect(await textOf(options, '[data-testid="alerts-permission-status"]')).toBe(askingMessage());
    expect((await storedSettings(s.browser)).alerts.enabled).toBe(false);
    expect(await s.browser.worker.evaluate((p) => chrome.permissions.contains(p), NOTIFICATIONS)).toBe(false);
    await options.close();
  });
});
