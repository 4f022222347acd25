/**
 * Replies the worker computed, kept in memory and in chrome.storage.session (memory only, this
 * browser session) so they outlive the worker: Chrome stops an idle worker after ~30 s, and the next page would otherwise
 * wait for a restart that reads every symbol's history from IndexedDB and recomputes its report.
 *
 * Same policy as the in-memory bars (warm-bars.ts): an entry answers for `freshMs` (5 min) at most;
 * the caller keys it by everything the reply depends on (request + settings hash) and stores only
 * replies without stale, offline or error parts; everything is dropped whenever the worker's memo is
 * cleared (data refreshed, cache cleared, CSV imported, settings or API keys changed). Storage
 * failures (quota, no session area) only cost speed: reads miss, writes are skipped. A running
 * worker answers from its own memory (no storage round trip); the session area serves a restarted one.
 */
import { WARM_FRESH_MS } from './freshness.ts';

export const REPLY_PREFIX = 'reply:';
/** Past this many kept replies (≈ 30 KB for a quote page, more for articles) the store starts over; a full session area (10 MB) does too. */
export const MAX_REPLIES = 40;

export interface ReplyStore {
  /** The store's clock: take it before computing a reply and pass it to set(). */
  now(): number;
  get<T>(key: string): Promise<T | undefined>;
  /**
   * Keeps `reply`, computed from data read at `since` or later. A reply whose computation began
   * before the last clear() is never served (it may hold the data the clear was about).
   */
  set(key: string, reply: unknown, since: number): Promise<void>;
  clear(): Promise<void>;
}

/** What the store needs of a storage area (chrome.storage.session, or a test fake). */
export interface ReplyArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

interface Kept {
  at: number;
  reply: unknown;
}

export function createReplyStore(area: ReplyArea | null, opts: { freshMs?: number; now?: () => number } = {}): ReplyStore {
  const freshMs = opts.freshMs ?? WARM_FRESH_MS;
  const now = opts.now ?? Date.now;
  let count: number | null = null; // kept replies, counted lazily
  // This worker's last clear(): effective at once for get(), before the async removal completes.
  let clearedAt = -Infinity;
  const mem = new Map<string, Kept>();
  const fresh = (kept: Kept | undefined): kept is Kept => !!kept && kept.at > clearedAt && now() - kept.at < freshMs;
  const keys = async () => Object.keys(area ? await area.get(null) : {}).filter((k) => k.startsWith(REPLY_PREFIX));
  const dropAll = async () => {
    count = 0;
    const all = await keys().catch(() => []);
    if (area && all.length) await area.remove(all).catch(() => undefined);
  };
  const clear = async () => {
    clearedAt = now();
    mem.clear();
    await dropAll();
  };
  return {
    now,
    async get<T>(key: string) {
      const inMemory = mem.get(key);
      if (fresh(inMemory)) return inMemory.reply as T;
      if (!area) return undefined;
      try {
        const k = REPLY_PREFIX + key;
        const kept = (await area.get(k))[k] as Kept | undefined;
        if (!fresh(kept)) return undefined;
        mem.set(key, kept);
        return kept.reply as T;
      } catch {
        return undefined;
      }
    },
    async set(key, reply, since) {
      if (since <= clearedAt) return;
      if (mem.size >= MAX_REPLIES) mem.clear();
      mem.set(key, { at: since, reply });
      if (!area) return;
      try {
        count ??= (await keys()).length;
        if (count >= MAX_REPLIES) await dropAll();
        await area.set({ [REPLY_PREFIX + key]: { at: since, reply } satisfies Kept });
        count++;
      } catch {
        await dropAll(); // e.g. quota: start over rather than keep failing
      }
    },
    clear,
  };
}
