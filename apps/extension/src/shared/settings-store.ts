/**
 * The one way to read and write user settings and API keys.
 *
 * Settings live in chrome.storage.sync under SETTINGS_KEY, validated (SettingsSchema), versioned and
 * migrated without loss (settings-migrate.ts). Layout, chosen for sync's 8 KB-per-item quota:
 *  - normally the whole object is one item: `sync[SETTINGS_KEY] = { ...settings, $rev }`;
 *  - when it would not fit (long watchlists, many readings) `watchlists` and `valuationReadings` move to
 *    string chunks `sync["settings:chunk:<i>"]` and the main item carries `$chunks: n`. Chunks are written
 *    before the main item, so a listener on SETTINGS_KEY always sees a complete set.
 *  Always read through loadSettings()/onSettingsChanged(), never the raw item.
 * Fields the store does not know (`$extra`) and values it had to reset (`$rejected`) are written back
 * untouched on every save, so an older build never destroys a newer build's data.
 *
 * API keys live ONLY in chrome.storage.local under API_KEYS_KEY: never synced, never logged, never put
 * in an error message; UIs show them through maskKey().
 */
import * as v from 'valibot';
import { migrateSettings, type MigrationResult } from './settings-migrate.ts';
import { API_KEYS_KEY, type ApiKeys, SETTINGS_KEY, type Settings, SettingsSchema } from './settings.ts';

export const API_KEY_PROVIDERS = ['stooq', 'alphavantage', 'tiingo', 'twelvedata'] as const;
export type ApiKeyProvider = (typeof API_KEY_PROVIDERS)[number];

/** Item budget below sync's QUOTA_BYTES_PER_ITEM (8192) leaving room for the key and metadata. */
const ITEM_BUDGET = 7900;
const chunkKey = (i: number) => `${SETTINGS_KEY}:chunk:${i}`;
const MAX_CHUNKS = 64;

export type SettingsErrorCode = 'INVALID' | 'QUOTA' | 'STORAGE';

/** Typed error for rejected saves: `issues` name the field (dot path) and what is wrong. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(
    readonly code: SettingsErrorCode,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

type Raw = Record<string, unknown>;
const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Reads the main item and, when chunked, re-assembles it. Corrupt chunks → the main item alone. */
async function readRaw(): Promise<Raw | undefined> {
  const got = await chrome.storage.sync.get(SETTINGS_KEY);
  const main = got[SETTINGS_KEY];
  if (!isRecord(main)) return main as Raw | undefined;
  const n = main['$chunks'];
  if (typeof n !== 'number' || n <= 0) return main;
  const keys = Array.from({ length: Math.min(n, MAX_CHUNKS) }, (_, i) => chunkKey(i));
  const parts = await chrome.storage.sync.get(keys);
  try {
    const joined = JSON.parse(keys.map((k) => parts[k] ?? '').join('')) as Raw;
    return { ...main, ...joined };
  } catch {
    console.warn('[rotation-lens] settings chunks unreadable; watchlists and readings fall back to defaults');
    return main;
  }
}

/** Settings plus what migration found: warnings (for the options page) and data kept aside. */
export async function loadSettingsReport(): Promise<MigrationResult> {
  const raw = await readRaw();
  const result = migrateSettings(raw);
  for (const w of result.warnings) console.warn(`[rotation-lens] settings: ${w}`);
  if (result.fromVersion !== null && result.fromVersion < result.settings.version) {
    // Persist a real migration once (v0 → v1); a failure here is not fatal, the next load retries.
    await write(result.settings, result.extra, result.rejected).catch(() => undefined);
  }
  return result;
}

/** Current settings, always valid v1: missing → defaults, damaged fields → their defaults. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsReport()).settings;
}

/** Schema plus the cross-field rules the schema cannot express. */
export function validateSettings(s: unknown): Settings {
  const r = v.safeParse(SettingsSchema, s);
  if (!r.success) {
    const issues = r.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
    throw new SettingsError('INVALID', `invalid settings: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  const out = r.output;
  const issues: { path: string; message: string }[] = [];
  const ids = out.watchlists.map((w) => w.id);
  if (new Set(ids).size !== ids.length) issues.push({ path: 'watchlists', message: 'watchlist ids must be unique' });
  if (!ids.includes(out.activeWatchlistId)) issues.push({ path: 'activeWatchlistId', message: 'the active watchlist does not exist' });
  if (out.comparison.rsiOversold >= out.comparison.rsiOverbought) {
    issues.push({ path: 'comparison.rsiOversold', message: 'oversold level must be below overbought level' });
  }
  if (new Set(out.data.providerOrder).size !== out.data.providerOrder.length) {
    issues.push({ path: 'data.providerOrder', message: 'a provider is listed twice' });
  }
  if (issues.length) throw new SettingsError('INVALID', `invalid settings: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  return out;
}

let rev = 0;
async function write(settings: Settings, extra: Raw, rejected: Raw): Promise<void> {
  const main: Raw = { ...settings, $rev: `${Date.now().toString(36)}.${++rev}` };
  if (Object.keys(extra).length) main['$extra'] = extra;
  if (Object.keys(rejected).length) main['$rejected'] = rejected;
  const items: Raw = {};
  let chunks = 0;
  if (bytes(SETTINGS_KEY, main) > ITEM_BUDGET) {
    const big = JSON.stringify({ watchlists: settings.watchlists, valuationReadings: settings.valuationReadings });
    delete main['watchlists'];
    delete main['valuationReadings'];
    for (let at = 0; at < big.length; chunks++) {
      let size = Math.min(4000, big.length - at);
      while (bytes(chunkKey(chunks), big.slice(at, at + size)) > ITEM_BUDGET) size = Math.floor(size / 2);
      items[chunkKey(chunks)] = big.slice(at, at + size);
      at += size;
    }
    if (chunks > MAX_CHUNKS) throw new SettingsError('QUOTA', 'settings are too large to sync; shorten watchlists or readings');
    main['$chunks'] = chunks;
  }
  const previous = await chrome.storage.sync.get(SETTINGS_KEY);
  const prevChunks = isRecord(previous[SETTINGS_KEY]) ? Number(previous[SETTINGS_KEY]['$chunks'] ?? 0) : 0;
  try {
    if (chunks) await chrome.storage.sync.set(items);
    await chrome.storage.sync.set({ [SETTINGS_KEY]: main });
    const stale = Array.from({ length: Math.max(0, prevChunks - chunks) }, (_, i) => chunkKey(chunks + i));
    if (stale.length) await chrome.storage.sync.remove(stale);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new SettingsError(/QUOTA/i.test(msg) ? 'QUOTA' : 'STORAGE', `could not save settings: ${msg}`);
  }
}

/** Serialises writes from this context so two quick updates never lose one another. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

async function saveNow(s: Settings): Promise<Settings> {
  const valid = validateSettings(s);
  const current = migrateSettings(await readRaw());
  await write(valid, current.extra, current.rejected);
  return valid;
}

/** Validates and stores. Invalid → SettingsError('INVALID') and storage is left unchanged. */
export function saveSettings(s: Settings): Promise<Settings> {
  return serial(() => saveNow(s));
}

/** Read-modify-write: `fn` gets a private copy and returns the next settings (or edits the copy). */
// biome-ignore lint/suspicious/noConfusingVoidType: an arrow that edits the draft in place returns void
export function updateSettings(fn: (s: Settings) => Settings | undefined | void): Promise<Settings> {
  return serial(async () => {
    const draft = structuredClone(await loadSettings());
    // `fn` may return a new object or mutate the draft in place and return nothing.
    return saveNow(fn(draft) ?? draft);
  });
}

/**
 * Calls `cb` with the new settings whenever they change in sync storage (any tab, any device).
 * Returns the unsubscribe function.
 */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    const next = changes[SETTINGS_KEY]?.newValue;
    if (isRecord(next) && typeof next['$chunks'] === 'number') void loadSettings().then(cb);
    else cb(migrateSettings(next).settings);
  };
  // Keep the event object: unsubscribing must work even if `chrome` is gone by then (page teardown).
  const events = chrome.storage.onChanged;
  events.addListener(listener);
  return () => events.removeListener(listener);
}

// ---- API keys: chrome.storage.local only ----

const KEY_PATTERN = /^[\x21-\x7e]{4,256}$/;

export async function loadApiKeys(): Promise<ApiKeys> {
  const got = await chrome.storage.local.get(API_KEYS_KEY);
  const raw = got[API_KEYS_KEY];
  const out: ApiKeys = {};
  if (!isRecord(raw)) return out;
  for (const p of API_KEY_PROVIDERS) if (typeof raw[p] === 'string' && raw[p]) out[p] = raw[p] as string;
  return out;
}

/** Stores one provider's key. The message of a rejection never contains the key itself. */
export async function saveApiKey(provider: ApiKeyProvider, key: string): Promise<void> {
  if (!(API_KEY_PROVIDERS as readonly string[]).includes(provider)) {
    throw new SettingsError('INVALID', `unknown provider ${String(provider)}`, [{ path: 'provider', message: 'unknown provider' }]);
  }
  const trimmed = key.trim();
  if (!KEY_PATTERN.test(trimmed)) {
    const message = 'an API key is 4–256 visible characters without spaces';
    throw new SettingsError('INVALID', message, [{ path: provider, message }]);
  }
  const keys = await loadApiKeys();
  keys[provider] = trimmed;
  await chrome.storage.local.set({ [API_KEYS_KEY]: keys });
}

export async function deleteApiKey(provider: ApiKeyProvider): Promise<void> {
  const keys = await loadApiKeys();
  delete keys[provider];
  await chrome.storage.local.set({ [API_KEYS_KEY]: keys });
}

/** "••••1234": the last four characters only, and none at all for short keys. */
export function maskKey(key: string): string {
  const k = key.trim();
  return k.length >= 12 ? `••••${k.slice(-4)}` : '••••';
}
