/**
 * In-memory memo of computed views, keyed by (symbol, benchmark, asOf, settings hash). Bounded:
 * the oldest entries are evicted first. Cleared whenever settings change or data is refreshed.
 */
export interface Memo {
  get<T>(key: string): T | undefined;
  set<T>(key: string, value: T): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
}

export function memoKey(parts: { symbol: string; benchmark: string; asOf: string; settingsHash: string; kind?: string }): string {
  return [parts.kind ?? 'ticker', parts.symbol, parts.benchmark, parts.asOf, parts.settingsHash].join('|');
}

/** `onClear` runs after every clear() (e.g. to drop copies of views kept elsewhere). */
export function createMemo(maxEntries = 500, onClear?: () => void): Memo {
  const map = new Map<string, unknown>();
  return {
    get<T>(key: string) {
      return map.get(key) as T | undefined;
    },
    set<T>(key: string, value: T) {
      map.delete(key);
      map.set(key, value);
      while (map.size > maxEntries) {
        const oldest = map.keys().next().value;
        if (oldest === undefined) break;
        map.delete(oldest);
      }
    },
    delete(key: string) {
      map.delete(key);
    },
    clear() {
      map.clear();
      onClear?.();
    },
    get size() {
      return map.size;
    },
  };
}
