/**
 * The one way to read and write user settings and API keys.
 *
 * Settings are validated (SettingsSchema), versioned and migrated without loss (migrate.ts),
 * and stored in chrome.storage.sync — or, when the user keeps them on this device only, in
 * chrome.storage.local (they then do not sync). Where and how: layout.ts; the writes that
 * keep a complete old-or-new copy readable whatever fails: atomic-io.ts. Before any write the
 * serialised size is checked against the area's quota (fit.ts), so a save that cannot fit is
 * refused with a sentence saying by how much, and storage is left unchanged.
 * Always read through loadSettings()/onSettingsChanged(), never the raw items.
 * Fields the store does not know (`$extra`) and values it had to reset (`$rejected`) are written back
 * untouched on every save, so an older build never destroys a newer build's data.
 *
 * API keys live ONLY in chrome.storage.local under API_KEYS_KEY: never synced, never logged, never put
 * in an error message; UIs show them through maskKey().
 */
import * as v from 'valibot';
import { checkFit } from './fit.ts';
import { readStored, type SettingsArea, type Stored, writeStored, moveStored } from './atomic-io.ts';
import { isRecord, isSettingsChange, type Raw } from './layout.ts';
import { migrateSettings, type MigrationResult } from './migrate.ts';
import { API_KEYS_KEY, type ApiKeys, type Settings, SettingsSchema } from './schema.ts';

export type { SettingsArea };
export const API_KEY_PROVIDERS = ['stooq', 'alphavantage', 'tiingo', 'twelvedata'] as const;
export type ApiKeyProvider = (typeof API_KEY_PROVIDERS)[number];

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

/** Settings plus what migration found, and where they are stored. */
export type SettingsReport = MigrationResult & { area: SettingsArea };

/** Settings plus what migration found: warnings (for the options page) and data kept aside. */
export async function loadSettingsReport(): Promise<SettingsReport> {
  const stored = await readStored();
  const result = migrateSettings(stored.raw);
  for (const w of result.warnings) console.warn(`[rotation-lens] settings: ${w}`);
  if (!stored.partial && result.fromVersion !== null && result.fromVersion < result.settings.version) {
    // Persist a real migration once (v0 → v1); a failure here is not fatal, the next load retries.
    await write(result.settings, result, stored.area).catch(() => undefined);
  }
  return { ...result, area: stored.area };
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

/** The metadata written beside the settings: kept-aside unknown fields and reset values. */
function metadata(kept: Pick<MigrationResult, 'extra' | 'rejected'>): Raw {
  const meta: Raw = {};
  if (Object.keys(kept.extra).length) meta['$extra'] = kept.extra;
  if (Object.keys(kept.rejected).length) meta['$rejected'] = kept.rejected;
  return meta;
}

/** Checks the size, then writes. Too big → SettingsError('QUOTA') saying by how much; nothing written. */
async function write(settings: Settings, kept: Pick<MigrationResult, 'extra' | 'rejected'>, area: SettingsArea, move = false): Promise<void> {
  const meta = metadata(kept);
  const fit = checkFit(settings, area, undefined, meta);
  if (!fit.ok) throw new SettingsError('QUOTA', fit.message, [{ path: 'watchlists', message: fit.message }]);
  try {
    await (move ? moveStored : writeStored)({ ...settings, ...meta }, area);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new SettingsError(/QUOTA/i.test(msg) ? 'QUOTA' : 'STORAGE', storageFailure(msg));
  }
}

/** Chrome's storage error in the user's words; the settings are unchanged whenever this is thrown. */
function storageFailure(msg: string): string {
  if (/MAX_WRITE_OPERATIONS_PER_MINUTE/.test(msg)) return 'Chrome sync takes at most 120 changes a minute; nothing was saved — try again in a minute';
  if (/MAX_WRITE_OPERATIONS_PER_HOUR/.test(msg)) return 'Chrome sync takes at most 1,800 changes an hour; nothing was saved — try again later';
  return `could not save settings (nothing changed): ${msg}`;
}

/** Serialises writes from this context so two quick updates never lose one another. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** The stored state a save builds on; refuses when sync holds only part of the settings and no copy. */
async function current(): Promise<Stored & { kept: MigrationResult }> {
  const stored = await readStored();
  if (stored.partial) {
    throw new SettingsError('STORAGE', 'your synced settings are still arriving from another device; nothing was saved — try again in a moment');
  }
  return { ...stored, kept: migrateSettings(stored.raw) };
}

async function saveNow(s: Settings): Promise<Settings> {
  const valid = validateSettings(s);
  const { area, kept } = await current();
  await write(valid, kept, area);
  return valid;
}

/** Validates and stores. Invalid or too big → SettingsError and storage is left unchanged. */
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
 * Where settings live: 'sync' (chrome.storage.sync, all the user's Chrome profiles) or 'device'
 * (chrome.storage.local, this browser only). Moving to sync is refused (QUOTA) when they do not fit.
 * `fn`, when given, edits the settings in the same write (e.g. an import that only fits on the device).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: an arrow that edits the draft in place returns void
export function setSettingsArea(area: SettingsArea, fn?: (s: Settings) => Settings | undefined | void): Promise<Settings> {
  return serial(async () => {
    const { kept } = await current();
    const draft = structuredClone(kept.settings);
    const next = validateSettings(fn?.(draft) ?? draft);
    await write(next, kept, area, true);
    return next;
  });
}

/**
 * Calls `cb` with the new settings whenever they change (any tab, any device). Returns the unsubscribe
 * function.
 */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (isSettingsChange(changes, area)) void loadSettings().then(cb);
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
