/**
 * The last dashboard the popup showed, kept in chrome.storage.session (memory only, this browser
 * session, never synced) so the next open paints it at once — before the worker answers, which can
 * take long when Chrome has stopped the worker — and the live dashboard replaces it when it lands.
 *
 * Invariant: a kept dashboard is shown only for exactly the settings it was computed with. Its
 * fingerprint is the raw stored settings (all of chrome.storage.sync, and the device-only copy in
 * chrome.storage.local when the user keeps settings on this device), read in
 * parallel with the kept dashboard; any settings change (another list, benchmark, thresholds…) makes
 * it unusable, so a cached open never shows numbers for other settings. The worker removes it when
 * its data changes (refresh, after-close job, cache cleared, CSV import).
 */
import type { DashboardView } from '../contracts/messages.ts';
import { LAST_DASHBOARD_KEY } from '../contracts/session-keys.ts';
import { DEVICE_SETTINGS_KEY } from '../settings/layout.ts';
import type { Settings } from '../settings/schema.ts';

export { LAST_DASHBOARD_KEY };

export interface CachedDashboard {
  view: DashboardView;
  settings: Settings;
}

interface Kept extends CachedDashboard {
  fingerprint: string;
}

/** The two calls needed of a storage area (chrome.storage.session / .sync, or a test fake). */
export interface Area {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface LastDashboardStore {
  /** The kept dashboard when it matches the current settings, else null (never throws). */
  read(): Promise<CachedDashboard | null>;
  /** Keeps `view` (computed with `settings`) for the next open (never throws). */
  save(view: DashboardView, settings: Settings): Promise<void>;
}

interface Areas {
  session: Area;
  sync: Area;
  /** Where settings kept on this device only live (absent: settings are only ever synced). */
  local?: Area;
}

const defaultAreas = (): Areas | null => {
  const storage = globalThis.chrome?.storage;
  return storage?.session && storage.sync ? { session: storage.session, sync: storage.sync, ...(storage.local ? { local: storage.local } : {}) } : null;
};

/** Everything the settings are read from, as one string. */
const fingerprintOf = async (areas: Areas) => {
  const [sync, device] = await Promise.all([areas.sync.get(null), areas.local?.get(DEVICE_SETTINGS_KEY) ?? {}]);
  return JSON.stringify([sync, device]);
};

export function lastDashboardStore(areas: Areas | null = defaultAreas()): LastDashboardStore {
  // The fingerprint read at open time: what the live dashboard of this open is computed with.
  let fingerprint: Promise<string | null> | null = null;
  const currentFingerprint = () => {
    fingerprint ??= areas ? fingerprintOf(areas).catch(() => null) : Promise.resolve(null);
    return fingerprint;
  };
  return {
    async read() {
      if (!areas) return null;
      try {
        const [got, fp] = await Promise.all([areas.session.get(LAST_DASHBOARD_KEY), currentFingerprint()]);
        const kept = got[LAST_DASHBOARD_KEY] as Kept | undefined;
        if (!kept || fp === null || kept.fingerprint !== fp || !kept.view?.context?.report) return null;
        return { view: kept.view, settings: kept.settings };
      } catch {
        return null;
      }
    },
    async save(view, settings) {
      if (!areas) return;
      try {
        const fp = await currentFingerprint();
        if (fp === null) return;
        const kept: Kept = { view, settings, fingerprint: fp };
        await areas.session.set({ [LAST_DASHBOARD_KEY]: kept });
      } catch {
        // Only a speed-up: a full or missing session area changes nothing else.
      }
    },
  };
}
