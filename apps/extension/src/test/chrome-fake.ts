/**
 * In-memory stand-in for the parts of the `chrome` API the extension's UI and stores use, for
 * happy-dom / node tests. Values are deep-copied in and out (like the real JSON-backed storage),
 * chrome.storage.sync enforces the real quotas (8 KB per item, 100 KB total, 512 items; local 10 MB)
 * so size bugs show up in tests, and onChanged fires asynchronously with { oldValue, newValue } per key.
 * Faults: `failNextWrite` (one area) or `faults.failAt = k` (the k-th write counted over both areas,
 * set/remove/clear alike) rejects that write and changes nothing, as a quota failure does;
 * `faults.failFrom = k` rejects the k-th and every later write (the page closed mid-save); `faults.beforeOp` runs before every call (await a timer there to interleave two pages' saves).
 *
 * chrome.permissions models optional permissions as Chrome does: only the manifest's optional ones
 * may be requested, a held one is granted without a prompt, the prompt's answer is `permissions.answer`
 * (a boolean, or a promise to hold the prompt open), onAdded/onRemoved fire; chrome.notifications
 * exists only while `notifications` is held (like the real bindings).
 *
 * Usage: `const fake = installChromeFake(); … fake.uninstall();`
 */

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: Changes, areaName: string) => void;
type MessageHandler = (message: unknown) => unknown;

import { itemBytes, LOCAL_QUOTA_BYTES, SYNC_LIMITS } from '../settings/layout.ts';
import { createPermissions, type FakePermissions } from './chrome-fake-permissions.ts';

export type { FakePermissions };

export { itemBytes };
export const SYNC_QUOTA_BYTES_PER_ITEM = SYNC_LIMITS.QUOTA_BYTES_PER_ITEM;
export const SYNC_QUOTA_BYTES = SYNC_LIMITS.QUOTA_BYTES;

/** Shared by both areas: counts writes and injects failures and delays. */
export interface FakeFaults {
  /** Writes so far, both areas (set, remove, clear). */
  writes: number;
  /** Reject the write whose number (1-based, counted in `writes`) is this. */
  failAt: number | null;
  /** Reject this write and every later one (the page was closed mid-save). */
  failFrom: number | null;
  message: string;
  /** Awaited before every storage call, e.g. a random timer to interleave concurrent saves. */
  beforeOp: ((area: string, op: 'get' | 'set' | 'remove' | 'clear') => Promise<void> | void) | null;
}

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export interface FakeArea {
  readonly data: Map<string, unknown>;
  /** Number of set/remove/clear calls, to assert "nothing was written". */
  writes: number;
  /** Make the next write reject with this message (simulates quota / I/O errors). */
  failNextWrite: string | null;
  get(keys?: string | string[] | Record<string, unknown> | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
  getBytesInUse(keys?: string | string[] | null): Promise<number>;
}

function createArea(name: 'sync' | 'local', emit: (changes: Changes, area: string) => void, faults: FakeFaults): FakeArea {
  const data = new Map<string, unknown>();
  /** Runs before a write: counts it and throws when it is the one to fail. */
  const gate = async (op: 'set' | 'remove' | 'clear') => {
    await faults.beforeOp?.(name, op);
    area.writes++;
    faults.writes++;
    if (area.failNextWrite) {
      const msg = area.failNextWrite;
      area.failNextWrite = null;
      throw new Error(msg);
    }
    if (faults.writes === faults.failAt || (faults.failFrom !== null && faults.writes >= faults.failFrom)) throw new Error(faults.message);
  };
  const keyList = (keys: string | string[] | Record<string, unknown> | null | undefined): string[] | null => {
    if (keys == null) return null;
    if (typeof keys === 'string') return [keys];
    if (Array.isArray(keys)) return keys;
    return Object.keys(keys);
  };
  const area: FakeArea = {
    data,
    writes: 0,
    failNextWrite: null,
    async get(keys) {
      await faults.beforeOp?.(name, 'get');
      const wanted = keyList(keys);
      const out: Record<string, unknown> = {};
      if (keys && typeof keys === 'object' && !Array.isArray(keys)) Object.assign(out, copy(keys));
      for (const [k, val] of data) if (wanted === null || wanted.includes(k)) out[k] = copy(val);
      return out;
    },
    async set(items) {
      await gate('set');
      const merged = new Map(data);
      for (const [k, val] of Object.entries(items)) merged.set(k, val);
      let total = 0;
      for (const [k, val] of merged) total += itemBytes(k, val);
      if (name === 'sync') {
        for (const [k, val] of Object.entries(items)) {
          if (itemBytes(k, val) > SYNC_QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
        if (total > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
        if (merged.size > SYNC_LIMITS.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
      } else if (total > LOCAL_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      const changes: Changes = {};
      for (const [k, val] of Object.entries(items)) {
        changes[k] = { oldValue: copy(data.get(k)), newValue: copy(val) };
        data.set(k, copy(val));
      }
      emit(changes, name);
    },
    async remove(keys) {
      await gate('remove');
      const changes: Changes = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!data.has(k)) continue;
        changes[k] = { oldValue: copy(data.get(k)) };
        data.delete(k);
      }
      if (Object.keys(changes).length) emit(changes, name);
    },
    async clear() {
      await gate('clear');
      const changes: Changes = {};
      for (const [k, val] of data) changes[k] = { oldValue: copy(val) };
      data.clear();
      if (Object.keys(changes).length) emit(changes, name);
    },
    async getBytesInUse(keys) {
      const wanted = keyList(keys);
      let total = 0;
      for (const [k, val] of data) if (wanted === null || wanted.includes(k)) total += itemBytes(k, val);
      return total;
    },
  };
  return area;
}

export interface ChromeFake {
  sync: FakeArea;
  local: FakeArea;
  faults: FakeFaults;
  /** Messages sent with chrome.runtime.sendMessage, in order. */
  sent: unknown[];
  /** Answers chrome.runtime.sendMessage; default replies `{ ok: false, error: { kind: 'NoHandler' } }`. */
  onMessage(handler: MessageHandler): void;
  notifications: { id: string; options: Record<string, unknown> }[];
  permissions: FakePermissions;
  optionsOpened: number;
  opened: string[];
  /** Content scripts registered with chrome.scripting, by id. */
  registered: Map<string, { id: string }>;
  /** Resolves after pending onChanged callbacks ran. */
  flush(): Promise<void>;
  uninstall(): void;
}

export interface ChromeFakeOptions {
  /** Optional permissions already held at start (default none: a fresh install). */
  granted?: string[];
  /** The tab chrome.tabs.query({active: true, currentWindow: true}) answers (default none). */
  activeTab?: { id: number; url?: string };
}

export function installChromeFake(opts: ChromeFakeOptions = {}): ChromeFake {
  const permissions = createPermissions(opts.granted ?? []);
  const listeners = new Set<ChangeListener>();
  const emit = (changes: Changes, area: string) => {
    queueMicrotask(() => {
      for (const l of [...listeners]) l(copy(changes), area);
    });
  };
  let handler: MessageHandler = () => ({ ok: false, error: { kind: 'NoHandler', message: 'no fake handler' } });
  const faults: FakeFaults = { writes: 0, failAt: null, failFrom: null, message: 'QUOTA_BYTES quota exceeded', beforeOp: null };
  const fake: ChromeFake = {
    sync: createArea('sync', emit, faults),
    local: createArea('local', emit, faults),
    faults,
    sent: [],
    onMessage(h) {
      handler = h;
    },
    notifications: [],
    permissions: permissions.state,
    optionsOpened: 0,
    opened: [],
    registered: new Map(),
    flush: () => new Promise((resolve) => setTimeout(resolve, 0)),
    uninstall() {
      (globalThis as { chrome?: unknown }).chrome = previous;
    },
  };
  const onChanged = {
    addListener: (l: ChangeListener) => listeners.add(l),
    removeListener: (l: ChangeListener) => listeners.delete(l),
    hasListener: (l: ChangeListener) => listeners.has(l),
  };
  const chromeObject = {
    storage: { sync: fake.sync, local: fake.local, onChanged },
    runtime: {
      id: 'fake-extension-id',
      async sendMessage(message: unknown) {
        fake.sent.push(copy(message));
        return copy(await handler(copy(message)));
      },
      openOptionsPage: async () => {
        fake.optionsOpened++;
      },
      getURL: (path: string) => `chrome-extension://fake-extension-id/${path.replace(/^\//, '')}`,
      lastError: undefined,
    },
    tabs: {
      create: async (props: { url: string }) => {
        fake.opened.push(props.url);
        return { id: fake.opened.length };
      },
      query: async () => (opts.activeTab ? [copy(opts.activeTab)] : []),
    },
    permissions: permissions.api,
    // chrome.scripting's registered content scripts (the "Always on this site" list), by id.
    scripting: {
      registerContentScripts: async (list: { id: string }[]) => {
        for (const s of list) fake.registered.set(s.id, copy(s));
      },
      unregisterContentScripts: async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...fake.registered.keys()]) fake.registered.delete(id);
      },
      getRegisteredContentScripts: async () => [...fake.registered.values()].map(copy),
    },
  };
  const notificationsApi = {
    create: async (id: string, options: Record<string, unknown>) => {
      fake.notifications.push({ id, options: copy(options) });
      return id;
    },
  };
  Object.defineProperty(chromeObject, 'notifications', {
    get: () => (permissions.state.granted.has('notifications') ? notificationsApi : undefined),
    enumerable: true,
  });
  const previous = (globalThis as { chrome?: unknown }).chrome;
  (globalThis as { chrome?: unknown }).chrome = chromeObject;
  return fake;
}
