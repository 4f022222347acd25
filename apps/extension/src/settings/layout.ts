/**
 * How settings are laid out in storage, and the storage limits they must fit. Pure: no chrome APIs
 * (store.ts does the I/O), so layout, size checks and the test fake share one definition.
 *
 * chrome.storage.sync, one generation at a time:
 *  - fits in one item → `sync.settings = { ...settings, $gen }` (one write, atomic);
 *  - else → the whole object as JSON text cut into `sync["settings:g:<gen>:<i>"]` (i < n), and the
 *    pointer `sync.settings = { version, $gen, $parts: n }`. A save writes the new generation's parts
 *    under new keys, then the pointer (the commit), then deletes the old generation's parts, so a
 *    pointer names a complete set unless sync delivered it before its parts (another device).
 *  - layout of earlier builds, still read: `$chunks: n` with parts `settings:chunk:<i>` holding
 *    `{ watchlists, valuationReadings }` beside the other fields in the main item.
 * chrome.storage.local:
 *  - `settings:backup = { raw }`: the last complete synced settings this device read or wrote — what a
 *    reader uses when the pointer names an incomplete generation;
 *  - `settings:device`: settings the user keeps on this device only; when present they are THE settings
 *    here and sync is neither read nor written.
 */

/** The settings' item in chrome.storage.sync (re-exported by schema.ts). Imports nothing: content scripts use it. */
export const SETTINGS_KEY = 'settings';
/** chrome.storage.sync quotas (developer.chrome.com/docs/extensions/reference/api/storage#property-sync). */
const ITEM_QUOTA = 8192;
export const SYNC_LIMITS = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: ITEM_QUOTA, MAX_ITEMS: 512 } as const;
/** chrome.storage.local without `unlimitedStorage` (Chrome 114+). */
export const LOCAL_QUOTA_BYTES = 10_485_760;

/** Every other settings item is named `settings:<what>` (device copy, backup, parts). */
export const SETTINGS_KEY_PREFIX = `${SETTINGS_KEY}:`;
export const DEVICE_SETTINGS_KEY = `${SETTINGS_KEY_PREFIX}device`;
export const BACKUP_SETTINGS_KEY = `${SETTINGS_KEY_PREFIX}backup`;
const PART_PREFIX = `${SETTINGS_KEY_PREFIX}g:`;
const LEGACY_PART_PREFIX = `${SETTINGS_KEY_PREFIX}chunk:`;
const partKey = (gen: string, i: number) => `${PART_PREFIX}${gen}:${i}`;
const legacyPartKey = (i: number) => `${LEGACY_PART_PREFIX}${i}`;

/**
 * Whether `key` in storage `area` holds settings (the one rule for "is this a settings item"):
 * in sync the main item and its parts; in local only the device copy (the backup is a reader's
 * fallback, not the settings, so a change to it is no settings change).
 */
export function isSettingsKey(key: string, area: string): boolean {
  if (area === 'sync') return key === SETTINGS_KEY || key.startsWith(SETTINGS_KEY_PREFIX);
  return area === 'local' && key === DEVICE_SETTINGS_KEY;
}
/** Room left in an item for chrome's own accounting; an item is key + JSON of the value. */
const PART_BUDGET = ITEM_QUOTA - 64;
const MAX_LEGACY_PARTS = 64;

export type Raw = Record<string, unknown>;
export const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

const encoder = /* @__PURE__ */ new TextEncoder();
/** Bytes chrome.storage.sync counts for one item: UTF-8 of key + JSON of the value. */
export const itemBytes = (key: string, value: unknown): number => encoder.encode(key + JSON.stringify(value)).length;

/** A fresh generation id: base-36 time (so stale leftovers can be aged out) + randomness. */
export const newGeneration = (now = Date.now()): string => `${now.toString(36)}-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
const generationTime = (gen: string): number => Number.parseInt(gen.split('-')[0] ?? '', 36);

/** The sync items of `raw` (settings + store metadata) stored as generation `gen`. */
export function planSync(raw: Raw, gen: string): Raw {
  const inline = { ...raw, $gen: gen };
  if (itemBytes(SETTINGS_KEY, inline) <= PART_BUDGET) return { [SETTINGS_KEY]: inline };
  const text = JSON.stringify(raw);
  const items: Raw = {};
  let n = 0;
  for (let at = 0; at < text.length; n++) {
    let size = Math.min(PART_BUDGET, text.length - at);
    for (let b = itemBytes(partKey(gen, n), text.slice(at, at + size)); b > PART_BUDGET; b = itemBytes(partKey(gen, n), text.slice(at, at + size))) {
      size = Math.max(1, Math.floor((size * PART_BUDGET) / b) - 8);
    }
    items[partKey(gen, n)] = text.slice(at, at + size);
    at += size;
  }
  items[SETTINGS_KEY] = { version: raw['version'], $gen: gen, $parts: n };
  return items;
}

/** Total sync bytes and items a plan takes. */
export function planSize(items: Raw): { bytes: number; items: number } {
  let bytes = 0;
  for (const [k, val] of Object.entries(items)) bytes += itemBytes(k, val);
  return { bytes, items: Object.keys(items).length };
}

export interface SyncRead {
  /** The settings object (metadata included) when complete; the pointer alone when not. */
  raw: Raw | undefined;
  /** False when the pointer names parts that are missing or do not join into an object. */
  complete: boolean;
  /** Keys that belong to the generation `raw` came from. */
  keys: string[];
}

/** Reads the settings out of a whole-area snapshot (`sync.get(null)`, one consistent read). */
export function readSync(all: Raw): SyncRead {
  const main = all[SETTINGS_KEY];
  if (!isRecord(main)) return { raw: main as Raw | undefined, complete: true, keys: main === undefined ? [] : [SETTINGS_KEY] };
  const gen = typeof main['$gen'] === 'string' ? main['$gen'] : null;
  if (gen !== null && typeof main['$parts'] === 'number') return joinParts(all, main, Array.from({ length: main['$parts'] }, (_, i) => partKey(gen, i)), false);
  if (typeof main['$chunks'] === 'number' && main['$chunks'] > 0) {
    return joinParts(all, main, Array.from({ length: Math.min(main['$chunks'], MAX_LEGACY_PARTS) }, (_, i) => legacyPartKey(i)), true);
  }
  return { raw: main, complete: true, keys: [SETTINGS_KEY] };
}

function joinParts(all: Raw, main: Raw, keys: string[], legacy: boolean): SyncRead {
  const incomplete = { raw: main, complete: false, keys: [SETTINGS_KEY, ...keys] };
  if (keys.some((k) => typeof all[k] !== 'string')) return incomplete;
  try {
    const joined = JSON.parse(keys.map((k) => all[k]).join('')) as unknown;
    if (!isRecord(joined)) return incomplete;
    const raw = legacy ? { ...main, ...joined } : joined;
    delete raw['$chunks'];
    return { raw, complete: true, keys: [SETTINGS_KEY, ...keys] };
  } catch {
    return incomplete;
  }
}

/**
 * Part keys no pointer names (a save that failed or lost a race left them) and older than `graceMs`,
 * so a concurrent save's parts, written a moment before its pointer, are never taken.
 */
export function leftoverParts(all: Raw, current: SyncRead, now: number, graceMs: number): string[] {
  const live = new Set(current.keys);
  return Object.keys(all).filter((k) => {
    if (live.has(k)) return false;
    if (k.startsWith(PART_PREFIX)) return now - generationTime(k.slice(PART_PREFIX.length)) > graceMs;
    return k.startsWith(LEGACY_PART_PREFIX);
  });
}

/** Whether a storage change touches the settings (either area), for listeners that re-read them. */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return Object.keys(changes).some((k) => isSettingsKey(k, area));
}
