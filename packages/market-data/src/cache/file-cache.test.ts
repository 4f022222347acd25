import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBarCache, entry } from '../test/bar-cache-contract.ts';
import { cacheKey } from './bar-cache.ts';
import { createFileCache, fileNameForKey, keyForFileName } from './file-cache.ts';

const dirs: string[] = [];
async function freshDir() {
  const dir = await mkdtemp(join(tmpdir(), 'rl-file-cache-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describeBarCache('file', async (opts) => createFileCache(join(await freshDir(), 'nested'), opts));

describe('file cache', () => {
  it('file names are portable and reversible (^GSPC, BRK-B, dots, underscores, unicode)', () => {
    expect(fileNameForKey('yahoo:^GSPC')).toBe('yahoo_3A_5EGSPC.json');
    expect(fileNameForKey('yahoo:BRK-B')).toBe('yahoo_3ABRK-B.json');
    for (const key of ['yahoo:^GSPC', 'csv:BRK.B', 'stooq:A_B', 'csv:../../etc/passwd', 'csv:ÆØ', 'sample:CON']) {
      const name = fileNameForKey(key);
      expect(name).toMatch(/^[A-Za-z0-9_-]+\.json$/);
      expect(keyForFileName(name)).toBe(key);
    }
    expect(keyForFileName('.yahoo_3ASPY.json.123.ab.tmp')).toBeNull();
    expect(keyForFileName('notes.txt')).toBeNull();
  });

  it('writes atomically: no temp files left behind, content is the JSON entry', async () => {
    const dir = await freshDir();
    const cache = createFileCache(dir);
    await cache.put(cacheKey('yahoo', '^GSPC'), entry('^GSPC', 3));
    await cache.put(cacheKey('yahoo', '^GSPC'), entry('^GSPC', 4));
    expect(await readdir(dir)).toEqual(['yahoo_3A_5EGSPC.json']);
    expect(JSON.parse(await readFile(join(dir, 'yahoo_3A_5EGSPC.json'), 'utf8')).bars).toHaveLength(4);
  });

  it('concurrent writers of one key leave one complete, valid file', async () => {
    const dir = await freshDir();
    const cache = createFileCache(dir);
    const key = cacheKey('yahoo', 'SPY');
    await Promise.all(Array.from({ length: 12 }, (_, i) => cache.put(key, entry('SPY', 50 + i))));
    expect(await readdir(dir)).toEqual(['yahoo_3ASPY.json']);
    expect((await cache.get(key))?.bars.length).toBeGreaterThanOrEqual(50);
  });

  it('a second instance on the same directory sees the data; garbage files read as absent', async () => {
    const dir = await freshDir();
    await createFileCache(dir).put(cacheKey('csv', 'BRK-B'), entry('BRK-B', 2));
    expect((await createFileCache(dir).get(cacheKey('csv', 'BRK-B')))?.symbol).toBe('BRK-B');
    await writeFile(join(dir, fileNameForKey('yahoo:BAD')), '{ truncated', 'utf8');
    await writeFile(join(dir, 'README.txt'), 'not a cache file', 'utf8');
    const cache = createFileCache(dir);
    expect(await cache.get(cacheKey('yahoo', 'BAD'))).toBeNull();
    expect(await cache.info()).toMatchObject({ entries: 1 });
  });

  it('a file holding another symbol than its name is absent (never SPY served as IWM), and is dropped', async () => {
    const dir = await freshDir();
    const cache = createFileCache(dir);
    await cache.put(cacheKey('yahoo', 'SPY'), entry('SPY', 3));
    await copyFile(join(dir, fileNameForKey('yahoo:SPY')), join(dir, fileNameForKey('yahoo:IWM')));
    expect(await cache.get(cacheKey('yahoo', 'IWM'))).toBeNull();
    expect((await cache.get(cacheKey('yahoo', 'SPY')))?.symbol).toBe('SPY');
    expect(await readdir(dir)).toEqual([fileNameForKey('yahoo:SPY')]);
  });

  it('a folder where a cache file should be: absent with a one-line warning, not overwritten nor deleted', async () => {
    const dir = await freshDir();
    const warnings: string[] = [];
    const cache = createFileCache(dir, { onWarning: (m) => warnings.push(m) });
    const path = join(dir, fileNameForKey('yahoo:IWM'));
    await mkdir(path, { recursive: true });
    expect(await cache.get(cacheKey('yahoo', 'IWM'))).toBeNull();
    expect(warnings).toEqual([`cache entry ${path} is a folder, not a file: ignored (move it away to cache yahoo:IWM)`]);
    await cache.put(cacheKey('yahoo', 'IWM'), entry('IWM', 3));
    expect(await cache.delete(cacheKey('yahoo', 'IWM'))).toBe(false);
    expect((await stat(path)).isDirectory()).toBe(true);
    expect(await readdir(dir)).toEqual([fileNameForKey('yahoo:IWM')]);
  });

  it('a missing directory is an empty cache', async () => {
    const cache = createFileCache(join(await freshDir(), 'does', 'not', 'exist'));
    expect(await cache.info()).toEqual({ entries: 0, bytes: 0 });
    expect(await cache.clear()).toBe(0);
  });
});
