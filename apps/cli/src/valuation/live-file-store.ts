import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LiveValuationStore } from '@rotation-lens/market-data';

export const LIVE_VALUATION_FILE = 'valuation-live.json';

/**
 * The live valuation readings in the price cache folder, one JSON file. A write goes to a temp file first and
 * is renamed into place, so an interrupted run never leaves half a history. A missing file reads as null.
 */
export function createLiveFileStore(cacheDir: string): LiveValuationStore {
  const file = join(cacheDir, LIVE_VALUATION_FILE);
  return {
    async load() {
      try {
        return JSON.parse(await readFile(file, 'utf8'));
      } catch {
        return null;
      }
    },
    async save(state) {
      await mkdir(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(state));
      await rename(tmp, file);
    },
  };
}
