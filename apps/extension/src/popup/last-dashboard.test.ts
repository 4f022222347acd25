import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE_SETTINGS_KEY } from '../settings/layout.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../settings/schema.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { makeDashboard } from '../test/dashboard-fixture.ts';
import { LAST_DASHBOARD_KEY, lastDashboardStore } from './last-dashboard.ts';

// chrome.storage.session has the same API as local: the fake's local area stands in for it.
let fake: ChromeFake;
beforeEach(async () => {
  fake = installChromeFake();
  await fake.sync.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
});
afterEach(() => fake.uninstall());

const store = () => lastDashboardStore({ session: fake.local, sync: fake.sync });

describe('last dashboard (chrome.storage.session)', () => {
  it('what one open saves, the next open reads', async () => {
    const view = makeDashboard();
    await store().save(view, DEFAULT_SETTINGS);
    expect(await store().read()).toEqual({ view, settings: DEFAULT_SETTINGS });
  });

  it('is not used once the settings changed (another list, benchmark …)', async () => {
    await store().save(makeDashboard(), DEFAULT_SETTINGS);
    await fake.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, activeWatchlistId: 'other' } });
    expect(await store().read()).toBeNull();
  });

  it('is not used once settings kept on this device only changed', async () => {
    const withDevice = () => lastDashboardStore({ session: fake.local, sync: fake.sync, local: fake.local });
    await withDevice().save(makeDashboard(), DEFAULT_SETTINGS);
    expect(await withDevice().read()).not.toBeNull();
    await fake.local.set({ [DEVICE_SETTINGS_KEY]: { ...DEFAULT_SETTINGS, activeWatchlistId: 'other' } });
    expect(await withDevice().read()).toBeNull();
  });

  it('saves under the settings read at open time, not later ones', async () => {
    const s = store();
    expect(await s.read()).toBeNull(); // fingerprint taken now
    await fake.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, activeWatchlistId: 'other' } });
    await s.save(makeDashboard(), DEFAULT_SETTINGS);
    expect(await store().read()).toBeNull();
  });

  it('nothing kept, a malformed entry, or no storage at all: null, never a throw', async () => {
    expect(await store().read()).toBeNull();
    await fake.local.set({ [LAST_DASHBOARD_KEY]: { fingerprint: 'x', view: {} } });
    expect(await store().read()).toBeNull();
    const none = lastDashboardStore(null);
    await none.save(makeDashboard(), DEFAULT_SETTINGS);
    expect(await none.read()).toBeNull();
  });
});
