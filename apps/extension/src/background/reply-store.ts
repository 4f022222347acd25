/**
 * Replies the worker computed, kept in chrome.storage.session (memory only, this browser session) so
 * they outlive the worker: Chrome stops an idle worker after ~30 s, and the next page would otherwise
 * wait for a restart that reads every symbol's history from IndexedDB and recomputes its report.
 *
 * Same policy as the in-memory bars (warm-bars.ts): an entry answers for `freshMs` (5 min) at most;
 * the caller keys it by everything the reply depends on (request + settings hash) and stores only
 * replies without stale, offline or error parts; everything is dropped whenever the worker's memo is
 * cleared (data refreshed, cache cleared, CSV imported, settings or API keys changed). Storage
 * failures (quota, no session area) only cost speed: reads miss, writes are skipped.
 */
import { WARM_FRESH_MS } from './warm-bars.ts';

export const REPLY_PREFIX = 'reply:';
/** Past this many kept replies, the whole store is dropped before the next write (bounded memory). */
export const MAX_REPLIES = 200;

export interface ReplyStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, reply: unknown): Promise<void>;
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
  const keys = async () => Object.keys(area ? await area.get(null) : {}).filter((k) => k.startsWith(REPLY_PREFIX));
  const clear = async () => {
    count = 0;
    const all = await keys().catch(() => []);
    if (area && all.length) await area.remove(all).catch(() => undefined);
  };
  return {
    async get<T>(key: string) {
      if (!area) return undefined;
      try {
        const k = REPLY_PREFIX + key;
        const kept = (await area.get(k))[k] as Kept | undefined;
        return kept && now() - kept.at < freshMs ? (kept.reply as T) : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, reply) {
      if (!area) return;
      try {
        count ??= (await keys()).length;
        if (count >= MAX_REPLIES) await clear();
        await area.set({ [REPLY_PREFIX + key]: { at: now(), reply } satisfies Kept });
        count++;
      } catch {
        await clear(); // e.g. quota: start over rather than keep failing
      }
    },
    clear,
  };
}
