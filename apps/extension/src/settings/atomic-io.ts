/**
 * Reads and writes the stored settings object (layout: layout.ts) so that a reader always gets
 * a complete settings object — the old one or the new one — whatever write fails or interleaves:
 *  - a sync save writes the new generation's parts, then the pointer, then deletes the old parts;
 *  - when old and new do not both fit in sync's 100 KB, the old parts go first, after the old settings
 *    are copied to the local backup, which is what a reader uses while the pointer names missing parts;
 *  - every complete read refreshes the backup, so another device whose pointer arrives before its parts
 *    (sync delivers items in no set order) falls back to what it last saw instead of defaults.
 * The caller (store.ts) validates, migrates and serialises saves within a page.
 */
import {
  BACKUP_SETTINGS_KEY,
  DEVICE_SETTINGS_KEY,
  isRecord,
  leftoverParts,
  newGeneration,
  planSize,
  planSync,
  type Raw,
  readSync,
  SYNC_LIMITS,
} from './layout.ts';
import { SETTINGS_KEY } from './layout.ts';

export type SettingsArea = 'sync' | 'device';

export interface Stored {
  raw: Raw | undefined;
  area: SettingsArea;
  /** True when sync names parts that are missing and no backup exists: `raw` is the pointer alone. */
  partial: boolean;
}

/** Parts no pointer names are deleted once older than this: a concurrent save commits well within it. */
const LEFTOVER_GRACE_MS = 120_000;

const withoutGen = (raw: Raw): Raw => {
  const { $gen: _gen, $parts: _parts, ...rest } = raw;
  return rest;
};

export async function readStored(): Promise<Stored> {
  const [local, all] = await Promise.all([chrome.storage.local.get([DEVICE_SETTINGS_KEY, BACKUP_SETTINGS_KEY]), chrome.storage.sync.get(null)]);
  const device = local[DEVICE_SETTINGS_KEY];
  if (isRecord(device)) return { raw: withoutGen(device), area: 'device', partial: false };
  const read = readSync(all);
  const backup = isRecord(local[BACKUP_SETTINGS_KEY]) ? local[BACKUP_SETTINGS_KEY]['raw'] : undefined;
  if (read.complete) {
    const raw = isRecord(read.raw) ? withoutGen(read.raw) : read.raw;
    if (isRecord(raw) && JSON.stringify(raw) !== JSON.stringify(backup)) void keepBackup(raw).catch(() => undefined);
    return { raw, area: 'sync', partial: false };
  }
  console.warn('[rotation-lens] synced settings are incomplete (a save was cut short or is still arriving); using the last complete copy');
  if (isRecord(backup)) return { raw: backup, area: 'sync', partial: false };
  return { raw: read.raw, area: 'sync', partial: true };
}

const keepBackup = (raw: Raw) => chrome.storage.local.set({ [BACKUP_SETTINGS_KEY]: { raw } });

/** Stores `raw` (settings + store metadata) in `area`. Throws the storage error; nothing is half-applied. */
export async function writeStored(raw: Raw, area: SettingsArea): Promise<void> {
  if (area === 'device') await chrome.storage.local.set({ [DEVICE_SETTINGS_KEY]: { ...raw, $gen: newGeneration() } });
  else await writeSync(raw);
}

async function writeSync(raw: Raw): Promise<void> {
  const all = await chrome.storage.sync.get(null);
  const current = readSync(all);
  const now = Date.now();
  const plan = planSync(raw, newGeneration(now));
  const { [SETTINGS_KEY]: pointer, ...parts } = plan;
  const oldParts = current.keys.filter((k) => k !== SETTINGS_KEY && k in all);
  const stale = leftoverParts(all, current, now, LEFTOVER_GRACE_MS);
  const added = planSize(parts);
  const used = planSize(Object.fromEntries(Object.entries(all).filter(([k]) => !stale.includes(k))));
  const pointerGrowth = Math.max(0, planSize({ [SETTINGS_KEY]: pointer }).bytes - planSize({ [SETTINGS_KEY]: all[SETTINGS_KEY] ?? null }).bytes);
  const roomy = used.bytes + added.bytes + pointerGrowth <= SYNC_LIMITS.QUOTA_BYTES && used.items + added.items + 1 <= SYNC_LIMITS.MAX_ITEMS;
  if (roomy) {
    if (stale.length) await chrome.storage.sync.remove(stale);
  } else {
    // Old and new do not fit side by side: keep the old settings readable from the backup, then make
    // room — the old parts and every unnamed part (a cut-short save's, or a concurrent page's, whose
    // pointer then falls back to the backup too).
    if (current.complete && isRecord(current.raw)) await keepBackup(withoutGen(current.raw));
    const room = [...oldParts, ...leftoverParts(all, current, now, 0)];
    if (room.length) await chrome.storage.sync.remove(room);
  }
  if (added.items) await chrome.storage.sync.set(parts);
  await chrome.storage.sync.set({ [SETTINGS_KEY]: pointer });
  // Committed. What follows only tidies up; a failure leaves leftovers a later save removes.
  if (roomy && oldParts.length) await chrome.storage.sync.remove(oldParts).catch(() => undefined);
  await keepBackup(raw).catch(() => undefined);
}

/** Moves the settings to `area` (user's choice "keep on this device only" and back). */
export async function moveStored(raw: Raw, to: SettingsArea): Promise<void> {
  if (to === 'device') {
    await writeStored(raw, 'device');
    return;
  }
  await writeSync(raw);
  // Until this removal lands the device copy stays in charge; it holds the same settings.
  await chrome.storage.local.remove(DEVICE_SETTINGS_KEY);
}
