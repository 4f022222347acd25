/**
 * Imported CSV price histories, in chrome.storage.local under `csv:<SYMBOL>` (local only: they can be
 * large and are the user's own data). Parsed again on use; the bar cache is not involved.
 */
import type { CsvStore } from './deps.ts';

export const CSV_PREFIX = 'csv:';

export function createCsvStore(area: chrome.storage.StorageArea = chrome.storage.local): CsvStore {
  return {
    async get(symbol) {
      const key = CSV_PREFIX + symbol;
      const got = await area.get(key);
      return typeof got[key] === 'string' ? (got[key] as string) : null;
    },
    async put(symbol, csv) {
      await area.set({ [CSV_PREFIX + symbol]: csv });
    },
    async clear() {
      const all = await area.get(null);
      const keys = Object.keys(all).filter((k) => k.startsWith(CSV_PREFIX));
      if (keys.length) await area.remove(keys);
    },
  };
}
