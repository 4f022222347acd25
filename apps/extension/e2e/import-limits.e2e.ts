/**
 * Import limits in real Chromium: an import of 50 lists × 200 symbols is valid but does not fit Chrome
 * sync (100 KB). The options page refuses it before saving, says how big it is and by how much, and
 * chrome.storage stays exactly as it was; "keep lists on this device only" then imports it into
 * chrome.storage.local, leaving sync untouched.
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import { describe, expect, it } from 'vitest';
import { exportWatchlistsJson } from '../src/options/io/import-export.ts';
import { DEVICE_SETTINGS_KEY } from '../src/settings/layout.ts';
import { openOptions, readStorage, storedSettings, textOf } from './support/extension-pages.ts';
import { E2E_SETTINGS } from './support/session.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });

/** 50 lists × 200 six-character symbols (about 120 KB in sync's layout). */
const BIG = exportWatchlistsJson(
  Array.from({ length: 50 }, (_, i) => ({ id: `big-${i}`, name: `Big ${i}`, symbols: Array.from({ length: 200 }, (_, j) => `B${i}X${String(j).padStart(3, '0')}`.padEnd(6, 'Z')) })),
);

describe.skipIf(!gate.run)('an import too big for Chrome sync', () => {
  const session = useSession();

  it('is refused before saving with its size and the overage, changes nothing, and can be kept on this device', async () => {
    const { browser } = session();
    const options = await openOptions(browser);
    try {
      const before = await readStorage(browser);
      await options.selectOption('[data-testid="import-mode"]', 'replace');
      await options.setInputFiles('[data-testid="import-file"]', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(BIG) });
      await expect
        .poll(() => textOf(options, '[data-testid="import-too-big"] p'), { timeout: 10_000 })
        .toMatch(/^Nothing was imported from big\.json\. This file needs 12\d KB; Chrome sync holds 100 KB — remove about \d+ symbols or keep lists on this device only\.$/);
      expect(await readStorage(browser)).toEqual(before);
      expect(await textOf(options, '[data-testid="save-status"]')).not.toMatch(/Imported/);

      await options.click('[data-testid="import-keep-on-device"]');
      await expect.poll(() => textOf(options, '[data-testid="save-status"]'), { timeout: 10_000 }).toBe('Imported 50 watchlist(s) from big.json; lists are kept on this device only');
      const after = await readStorage(browser);
      expect(after.sync).toEqual(before.sync);
      expect((await storedSettings(browser)).watchlists).toHaveLength(50);
      expect(await textOf(options, '[data-testid="storage-use"]')).toMatch(/^Uses \d+ KB on this device\. Not synced/);
    } finally {
      await options.close();
      await session().browser.worker.evaluate((key) => chrome.storage.local.remove(key), DEVICE_SETTINGS_KEY);
      await session().setSettings(E2E_SETTINGS);
    }
  });
});
