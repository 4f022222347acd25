import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BarCache, BarCacheOptions } from './bar-cache.ts';
import { type CacheBackend, createBackedCache } from './backed-cache.ts';
import type { EntryStat } from './eviction.ts';

/**
 * JSON-file BarCache for the CLI (Node only: exported from src/node.ts, never from src/index.ts).
 * One file per key; writes go to a temp file then rename() into place, so a reader never sees half a
 * file. Recency is the file's mtime (touched on every get).
 */

const SUFFIX = '.json';

/**
 * Reversible, portable file name for a key: letters, digits and '-' stay; every other character
 * (':', '^', '.', '_', '/', …) becomes '_' + two hex digits. 'yahoo:^GSPC' → 'yahoo_3A_5EGSPC.json'.
 */
export function fileNameForKey(key: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(key)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out + SUFFIX;
}

/** Inverse of fileNameForKey; null for names that are not cache files (temp files, strangers). */
export function keyForFileName(name: string): string | null {
  if (!name.endsWith(SUFFIX) || !/^(?:[A-Za-z0-9-]|_[0-9A-F]{2})+\.json$/.test(name)) return null;
  const bytes: number[] = [];
  const body = name.slice(0, -SUFFIX.length);
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '_') {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(body.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';
const codeOf = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

export interface FileCacheOptions extends BarCacheOptions {
  /**
   * Told (one line) when a cache file cannot be used and the cache carries on without it: a folder where the
   * file should be is read as absent (so the prices are fetched again) and is not overwritten.
   */
  onWarning?: (message: string) => void;
}

export function createFileCache(dir: string, opts: FileCacheOptions = {}): BarCache {
  const pathOf = (key: string) => join(dir, fileNameForKey(key));
  const warn = opts.onWarning ?? (() => undefined);
  const inTheWay = (key: string) => `cache entry ${pathOf(key)} is a folder, not a file: ignored (move it away to cache ${key})`;

  const backend: CacheBackend = {
    async read(key) {
      try {
        return await readFile(pathOf(key), 'utf8');
      } catch (e) {
        if (isMissing(e)) return null;
        if (codeOf(e) === 'EISDIR') {
          warn(inTheWay(key));
          return null;
        }
        throw e;
      }
    },
    async write(key, text, s) {
      await mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${fileNameForKey(key)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        await writeFile(tmp, text, 'utf8');
        const when = new Date(s.usedAt);
        await utimes(tmp, when, when);
        await rename(tmp, pathOf(key));
      } catch (e) {
        await rm(tmp, { force: true });
        // rename() onto a folder: EISDIR (Linux), ENOTEMPTY / EEXIST / EPERM (others). Keep going uncached.
        if (['EISDIR', 'ENOTEMPTY', 'EEXIST', 'EPERM'].includes(codeOf(e) ?? '') && (await isFolder(pathOf(key)))) return;
        throw e;
      }
    },
    async touch(key, usedAt) {
      const when = new Date(usedAt);
      await utimes(pathOf(key), when, when).catch((e) => {
        if (!isMissing(e)) throw e;
      });
    },
    async remove(key) {
      if (await isFolder(pathOf(key))) return false; // never delete a user's folder
      try {
        await rm(pathOf(key));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    async stats() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
      const out: EntryStat[] = [];
      for (const name of names) {
        const key = keyForFileName(name);
        if (key === null) continue;
        const st = await stat(join(dir, name)).catch(() => null);
        if (st) out.push({ key, bytes: st.size, usedAt: st.mtimeMs });
      }
      return out;
    },
  };
  return createBackedCache(backend, opts);
}
