/** "Keep on this device only": settings in chrome.storage.local, never written to sync, and back. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { DEVICE_SETTINGS_KEY } from './layout.ts';
import { DEFAULT_SETTINGS, type Settings } from './schema.ts';
import { loadSettings, loadSettingsReport, onSettingsChanged, saveSettings, setSettingsArea, updateSettings } from './store.ts';

let fake: ChromeFake;
beforeEach(() => {
  fake = installChromeFake();
});
afterEach(() => fake.uninstall());

/** 50 lists × 200 six-character symbols: about 120 KB, more than sync holds. */
const huge = (s: Settings): Settings => {
  s.watchlists = Array.from({ length: 50 }, (_, i) => ({ id: `h${i}`, name: `Huge ${i}`, symbols: Array.from({ length: 200 }, (_, j) => `H${i}X${String(j).padStart(3, '0')}`.padEnd(6, 'Z')) }));
  s.activeWatchlistId = 'h0';
  return s;
};

describe('settings kept on this device only', () => {
  it('large lists that sync refuses are stored on the device; sync keeps what it had', async () => {
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), density: 'compact' });
    const syncBefore = JSON.stringify([...fake.sync.data]);
    await expect(updateSettings(huge)).rejects.toMatchObject({ code: 'QUOTA' });
    const next = await setSettingsArea('device', huge);
    expect(next.watchlists).toHaveLength(50);
    expect((await loadSettingsReport()).area).toBe('device');
    expect(await loadSettings()).toEqual(next);
    await updateSettings((s) => {
        s.density = 'full';
      });
    expect((await loadSettings()).density).toBe('full');
    expect(JSON.stringify([...fake.sync.data])).toBe(syncBefore);
  });

  it('moving back to sync is refused while they do not fit, and works once they do', async () => {
    await setSettingsArea('device', huge);
    const err = await setSettingsArea('sync').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'QUOTA', message: expect.stringMatching(/need 1\d\d KB; Chrome sync holds 100 KB — remove about \d+ symbols/) });
    expect((await loadSettingsReport()).area).toBe('device');
    await setSettingsArea('sync', (s) => void s.watchlists.splice(10));
    expect(fake.local.data.has(DEVICE_SETTINGS_KEY)).toBe(false);
    const report = await loadSettingsReport();
    expect(report.area).toBe('sync');
    expect(report.settings.watchlists).toHaveLength(10);
  });

  it('onSettingsChanged follows changes of the device copy', async () => {
    await setSettingsArea('device');
    const seen: Settings[] = [];
    const off = onSettingsChanged((s) => seen.push(s));
    await updateSettings((s) => {
        s.density = 'compact';
      });
    await fake.flush();
    await fake.flush();
    off();
    expect(seen.at(-1)?.density).toBe('compact');
  });
});
