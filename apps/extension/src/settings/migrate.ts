/**
 * Turns whatever is in storage (nothing, a v0 pre-release object, a partial or damaged v1, a newer
 * version) into a valid v1 `Settings` WITHOUT wiping it:
 *  - missing fields are filled from DEFAULT_SETTINGS;
 *  - each invalid field is reset to its default individually, with a warning, and its old value kept
 *    aside in `rejected` (keyed by dot path) so nothing the user typed is silently lost;
 *  - unknown top-level fields are kept aside in `extra` and written back untouched on save;
 *  - v0 (pre-release, no `version`): `{ watchlist: string[], benchmark, smallProxy, enabledSites: SiteId[],
 *    compact: boolean, providers: string[] }` is mapped onto the v1 fields.
 * Pure: no chrome APIs; the store (store.ts) does the I/O.
 */
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  LIMITS,
  PROVIDER_IDS,
  type Settings,
  SettingsSchema,
  SETTINGS_VERSION,
  ValuationReadingSchema,
  WatchlistSchema,
} from './schema.ts';
import { SITE_IDS, type SiteId } from '../contracts/sites.ts';

export interface MigrationResult {
  settings: Settings;
  /** Human sentences, one per repaired field. Empty when the stored object was already valid v1. */
  warnings: string[];
  /** Unknown top-level fields, kept as they were. */
  extra: Record<string, unknown>;
  /** Old values of fields that were invalid and reset, by dot path. */
  rejected: Record<string, unknown>;
  /** Version found in storage: null when storage was empty, 0 for pre-release objects. */
  fromVersion: number | null;
}

/** Keys the store itself uses inside the stored object; never treated as user data. */
export const STORE_META_KEYS = ['$extra', '$rejected', '$chunks', '$rev', '$gen', '$parts'] as const;

const V0_KEYS = ['watchlist', 'benchmark', 'smallProxy', 'enabledSites', 'compact', 'providers'] as const;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);

/** Maps a pre-release (v0) object onto v1 field names; untouched v1-named fields pass through. */
function fromV0(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const k of V0_KEYS) delete out[k];
  if (Array.isArray(raw['watchlist']) && out['watchlists'] === undefined) {
    out['watchlists'] = [{ id: 'default', name: 'My watchlist', symbols: raw['watchlist'] }];
    out['activeWatchlistId'] ??= 'default';
  }
  const comparison = isRecord(out['comparison']) ? { ...out['comparison'] } : {};
  if (raw['benchmark'] !== undefined) comparison['benchmark'] ??= raw['benchmark'];
  if (raw['smallProxy'] !== undefined) comparison['smallProxy'] ??= raw['smallProxy'];
  if (Object.keys(comparison).length) out['comparison'] = comparison;
  if (Array.isArray(raw['enabledSites']) && out['sites'] === undefined) {
    const on = new Set(raw['enabledSites']);
    out['sites'] = Object.fromEntries(SITE_IDS.map((id) => [id, on.has(id)]));
  }
  if (typeof raw['compact'] === 'boolean' && out['density'] === undefined) out['density'] = raw['compact'] ? 'compact' : 'full';
  if (Array.isArray(raw['providers']) && out['data'] === undefined) out['data'] = { providerOrder: raw['providers'] };
  return out;
}

export function migrateSettings(stored: unknown): MigrationResult {
  const warnings: string[] = [];
  const rejected: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  if (stored === undefined || stored === null) {
    return { settings: defaults(), warnings, extra, rejected, fromVersion: null };
  }
  if (!isRecord(stored)) {
    warnings.push('stored settings were not an object; using defaults');
    rejected[''] = stored;
    return { settings: defaults(), warnings, extra, rejected, fromVersion: null };
  }
  const version = typeof stored['version'] === 'number' ? stored['version'] : 0;
  if (version > SETTINGS_VERSION) warnings.push(`settings were written by a newer version (v${version}); unknown fields kept as they are`);
  const raw = version === 0 ? fromV0(stored) : stored;
  const base = defaults();

  // Unknown top-level fields and previously kept-aside extras.
  if (isRecord(raw['$extra'])) Object.assign(extra, raw['$extra']);
  if (isRecord(raw['$rejected'])) Object.assign(rejected, raw['$rejected']);
  for (const [k, val] of Object.entries(raw)) {
    if (!(k in SettingsSchema.entries) && !(STORE_META_KEYS as readonly string[]).includes(k)) extra[k] = val;
  }

  const reject = (path: string, value: unknown, why: string) => {
    if (value !== undefined) {
      rejected[path] = value;
      warnings.push(`${path}: ${why}; reset to default`);
    }
  };
  /** One field against its own schema: valid → parsed output, else default (with a warning). */
  const field = <S extends v.GenericSchema>(path: string, schema: S, value: unknown, fallback: v.InferOutput<S>) => {
    if (value === undefined) return fallback;
    const r = v.safeParse(schema, value);
    if (r.success) return r.output as v.InferOutput<S>;
    reject(path, value, r.issues[0]?.message ?? 'invalid');
    return fallback;
  };
  /** An object of scalar fields, each validated on its own. */
  const group = <K extends 'comparison' | 'badges' | 'alerts'>(key: K): Settings[K] => {
    const value = raw[key];
    if (value === undefined) return base[key];
    if (!isRecord(value)) {
      reject(key, value, 'not an object');
      return base[key];
    }
    const schema = SettingsSchema.entries[key].entries as Record<string, v.GenericSchema>;
    const out: Record<string, unknown> = {};
    for (const [name, s] of Object.entries(schema)) {
      out[name] = field(`${key}.${name}`, s, value[name], (base[key] as Record<string, unknown>)[name]);
    }
    return out as Settings[K];
  };

  const settings: Settings = {
    version: SETTINGS_VERSION,
    watchlists: migrateWatchlists(raw['watchlists'], base, reject, warnings),
    activeWatchlistId: base.activeWatchlistId,
    comparison: group('comparison'),
    sites: migrateSites(raw['sites'], base, reject),
    badges: group('badges'),
    density: field('density', SettingsSchema.entries.density, raw['density'], base.density),
    preferredSite: field('preferredSite', SettingsSchema.entries.preferredSite, raw['preferredSite'], base.preferredSite),
    data: migrateData(raw['data'], base, reject),
    valuationReadings: migrateReadings(raw['valuationReadings'], reject),
    alerts: group('alerts'),
  };
  const active = raw['activeWatchlistId'];
  if (typeof active === 'string' && settings.watchlists.some((w) => w.id === active)) settings.activeWatchlistId = active;
  else {
    settings.activeWatchlistId = settings.watchlists[0]!.id;
    if (active !== undefined && typeof active !== 'string') reject('activeWatchlistId', active, 'not a string');
  }
  // Invariant: the result always passes the schema (checked here so a bug can never store junk).
  const check = v.safeParse(SettingsSchema, settings);
  if (!check.success) throw new Error(`migrateSettings produced invalid settings: ${check.issues[0]?.message}`);
  return { settings: check.output, warnings, extra, rejected, fromVersion: version };
}

type Reject = (path: string, value: unknown, why: string) => void;

/** Keeps every valid list; inside a list keeps every valid symbol (dropping only the bad ones). */
function migrateWatchlists(value: unknown, base: Settings, reject: Reject, warnings: string[]): Settings['watchlists'] {
  if (value === undefined) return base.watchlists;
  if (!Array.isArray(value)) {
    reject('watchlists', value, 'not a list');
    return base.watchlists;
  }
  const out: Settings['watchlists'] = [];
  const ids = new Set<string>();
  for (const [i, item] of value.entries()) {
    const path = `watchlists.${i}`;
    if (!isRecord(item)) {
      reject(path, item, 'not a watchlist');
      continue;
    }
    if (out.length >= LIMITS.watchlists) {
      reject(path, item, `more than ${LIMITS.watchlists} watchlists`);
      continue;
    }
    const idCheck = v.safeParse(WatchlistSchema.entries.id, item['id']);
    if (!idCheck.success && typeof item['id'] === 'string' && item['id']) reject(`${path}.id`, item['id'], idCheck.issues[0].message);
    let id = idCheck.success ? idCheck.output : `list-${i + 1}`;
    while (ids.has(id)) id = `${id}-${i + 1}`;
    const nameCheck = v.safeParse(WatchlistSchema.entries.name, item['name']);
    const name = nameCheck.success ? nameCheck.output : `Watchlist ${i + 1}`;
    if (!nameCheck.success && item['name'] !== undefined) reject(`${path}.name`, item['name'], 'bad name');
    const symbols: string[] = [];
    const rawSymbols = Array.isArray(item['symbols']) ? item['symbols'] : [];
    if (!Array.isArray(item['symbols']) && item['symbols'] !== undefined) reject(`${path}.symbols`, item['symbols'], 'not a list');
    for (const [j, s] of rawSymbols.entries()) {
      const r = v.safeParse(WatchlistSchema.entries.symbols.pipe[0].item, s);
      if (!r.success) reject(`${path}.symbols.${j}`, s, `"${String(s)}" is not a ticker symbol`);
      else if (!symbols.includes(r.output) && symbols.length < LIMITS.symbolsPerList) symbols.push(r.output);
    }
    if (rawSymbols.length > LIMITS.symbolsPerList) warnings.push(`${path}: only the first ${LIMITS.symbolsPerList} symbols are kept`);
    ids.add(id);
    out.push({ id, name, symbols });
  }
  return out.length ? out : base.watchlists;
}

function migrateSites(value: unknown, base: Settings, reject: Reject): Settings['sites'] {
  const out = { ...base.sites };
  if (value === undefined) return out;
  if (!isRecord(value)) {
    reject('sites', value, 'not an object');
    return out;
  }
  for (const id of SITE_IDS) {
    const on = value[id];
    if (typeof on === 'boolean') out[id as SiteId] = on;
    else if (on !== undefined) reject(`sites.${id}`, on, 'not true/false');
  }
  for (const [k, on] of Object.entries(value)) {
    if (!(SITE_IDS as readonly string[]).includes(k)) reject(`sites.${k}`, on, 'unknown site');
  }
  return out;
}

function migrateData(value: unknown, base: Settings, reject: Reject): Settings['data'] {
  const out = structuredClone(base.data);
  if (value === undefined) return out;
  if (!isRecord(value)) {
    reject('data', value, 'not an object');
    return out;
  }
  if (Array.isArray(value['providerOrder'])) {
    const known = value['providerOrder'].filter((p): p is (typeof PROVIDER_IDS)[number] => (PROVIDER_IDS as readonly unknown[]).includes(p));
    const unique = [...new Set(known)];
    if (unique.length !== value['providerOrder'].length) reject('data.providerOrder', value['providerOrder'], 'unknown or repeated providers removed');
    if (unique.length) out.providerOrder = unique;
  } else if (value['providerOrder'] !== undefined) reject('data.providerOrder', value['providerOrder'], 'not a list');
  const mb = v.safeParse(SettingsSchema.entries.data.entries.cacheMaxMb, value['cacheMaxMb']);
  if (mb.success) out.cacheMaxMb = mb.output;
  else if (value['cacheMaxMb'] !== undefined) reject('data.cacheMaxMb', value['cacheMaxMb'], 'must be 1–500 MB');
  return out;
}

/** The reading without its earnings-growth estimates, when that makes it valid; else null. */
function withoutGrowth(item: unknown): Settings['valuationReadings'][number] | null {
  if (!isRecord(item) || item['earningsGrowth'] === undefined) return null;
  const { earningsGrowth: _, ...rest } = item;
  const r = v.safeParse(ValuationReadingSchema, rest);
  return r.success ? r.output : null;
}

function migrateReadings(value: unknown, reject: Reject): Settings['valuationReadings'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    reject('valuationReadings', value, 'not a list');
    return [];
  }
  const out: Settings['valuationReadings'] = [];
  value.forEach((item, i) => {
    const r = v.safeParse(ValuationReadingSchema, item);
    const bare = r.success ? null : withoutGrowth(item);
    if (out.length >= LIMITS.readings) reject(`valuationReadings.${i}`, item, `more than ${LIMITS.readings} readings`);
    else if (r.success) out.push(r.output);
    else if (bare) {
      // Only its growth estimates are invalid: the reading stays, the estimates are kept aside.
      out.push(bare);
      reject(`valuationReadings.${i}.earningsGrowth`, (item as Record<string, unknown>)['earningsGrowth'], r.issues[0]?.message ?? 'invalid estimates');
    } else reject(`valuationReadings.${i}`, item, r.issues[0]?.message ?? 'invalid reading');
  });
  return out;
}
