/**
 * Whether settings fit where they are stored, measured on the exact items the store would write
 * (planSync), and, when they do not, a sentence in the user's words saying what is too big, by how
 * much, and the two ways out: fewer symbols, or keeping them on this device only.
 */
import { DEVICE_SETTINGS_KEY, itemBytes, LOCAL_QUOTA_BYTES, newGeneration, planSize, planSync, type Raw, SYNC_LIMITS } from './layout.ts';
import type { Settings } from './schema.ts';
import type { SettingsArea } from './atomic-io.ts';

export interface Fit {
  ok: boolean;
  /** Bytes the settings take in `area`. */
  bytes: number;
  /** What `area` holds. */
  limit: number;
  /** Empty when ok; else what is too big and what to do. */
  message: string;
}

/** "143 KB" — kilobytes as Chrome's quotas count them (1 KB = 1024 bytes), rounded up. */
export const kb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Bytes one more symbol costs in the stored JSON text (quotes escaped inside a part, plus a comma). */
const symbolCost = (symbol: string) => itemBytes('', `${JSON.stringify(symbol)},`) - 2;

function symbolsToRemove(settings: Settings, excess: number): number | null {
  const symbols = settings.watchlists.flatMap((w) => w.symbols);
  if (!symbols.length) return null;
  const average = symbols.reduce((n, s) => n + symbolCost(s), 0) / symbols.length;
  const count = Math.ceil(excess / average);
  return count <= symbols.length ? count : null;
}

/**
 * `subject` names what needs the room in the message: "This file" for an import, "Your watchlists and
 * settings" for an edit. `extra` is the store metadata written alongside ($extra, $rejected).
 */
export function checkFit(settings: Settings, area: SettingsArea, subject = 'Your watchlists and settings', extra: Raw = {}): Fit {
  const raw = { ...settings, ...extra };
  if (area === 'device') {
    const bytes = itemBytes(DEVICE_SETTINGS_KEY, raw);
    if (bytes <= LOCAL_QUOTA_BYTES) return { ok: true, bytes, limit: LOCAL_QUOTA_BYTES, message: '' };
    return { ok: false, bytes, limit: LOCAL_QUOTA_BYTES, message: `${subject} need ${kb(bytes)}; this device holds ${kb(LOCAL_QUOTA_BYTES)} for Rotation Lens.` };
  }
  const size = planSize(planSync(raw, newGeneration()));
  const limit = SYNC_LIMITS.QUOTA_BYTES;
  if (size.bytes <= limit && size.items <= SYNC_LIMITS.MAX_ITEMS) return { ok: true, bytes: size.bytes, limit, message: '' };
  const remove = symbolsToRemove(settings, size.bytes - limit);
  const fix = remove === null ? `remove about ${kb(size.bytes - limit)} of watchlists or readings` : `remove about ${remove} symbols`;
  const needs = subject === 'This file' ? 'needs' : 'need';
  return { ok: false, bytes: size.bytes, limit, message: `${subject} ${needs} ${kb(size.bytes)}; Chrome sync holds ${kb(limit)} — ${fix} or keep lists on this device only.` };
}
