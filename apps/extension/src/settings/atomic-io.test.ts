/**
 * A save that fails part-way, or two pages saving at once, never leaves settings a reader would see as
 * anything but the complete old or the complete new value. The fake fails the k-th storage write (both
 * areas counted) for every k a save makes, in every layout transition, and interleaves two pages'
 * saves (two module instances: each page has its own write queue) in many seeded orders.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ChromeFake, installChromeFake, itemBytes } from '../test/chrome-fake.ts';
import { BACKUP_SETTINGS_KEY, newGeneration, planSize, planSync, SETTINGS_KEY, SYNC_LIMITS } from './layout.ts';
import { DEFAULT_SETTINGS, type Settings } from './schema.ts';

type Store = typeof import('./store.ts');

let fake: ChromeFake;
beforeEach(() => {
  fake = installChromeFake();
});
afterEach(() => {
  vi.useRealTimers();
  fake.uninstall();
});

/** A fresh copy of the store module: what another page (popup, options, worker) runs. */
async function page(): Promise<Store> {
  vi.resetModules();
  return import('./store.ts');
}

/** Default settings plus `n` lists of 200 symbols; `tag` makes two values of the same size differ. */
function withLists(n: number, tag = 'A'): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.density = tag === 'A' ? 'compact' : 'full';
  s.comparison.streakThreshold = tag.charCodeAt(0) % 40 + 2;
  for (let i = 0; i < n; i++) {
    s.watchlists.push({ id: `${tag}${i}`, name: `List ${tag}${i}`, symbols: Array.from({ length: 200 }, (_, j) => `${tag}${i}X${j}`) });
  }
  return s;
}

const syncBytes = () => [...fake.sync.data].reduce((n, [k, val]) => n + itemBytes(k, val), 0);

/** Old → new pairs covering every layout change a save can make. */
const TRANSITIONS: [string, Settings, Settings][] = [
  ['one item → one item', withLists(0, 'A'), withLists(0, 'B')],
  ['one item → parts', withLists(0, 'A'), withLists(8, 'B')],
  ['parts → parts, room for both', withLists(8, 'A'), withLists(9, 'B')],
  ['parts → parts, no room for both', withLists(24, 'A'), withLists(25, 'B')],
  ['parts → one item', withLists(8, 'A'), withLists(0, 'B')],
];

/** Writes a clean save of `to` over `from` makes (to bound k). */
async function writesOfSave(from: Settings, to: Settings): Promise<number> {
  const probe = installChromeFake();
  const store = await page();
  await store.saveSettings(from);
  const before = probe.faults.writes;
  await store.saveSettings(to);
  const n = probe.faults.writes - before;
  probe.uninstall();
  return n;
}

describe('a save cut short at any write', () => {
  it('the no-room case really has no room for old and new side by side', () => {
    const [, a, b] = TRANSITIONS[3]!;
    const size = (s: Settings) => planSize(planSync(s, newGeneration())).bytes;
    expect(size(a) + size(b)).toBeGreaterThan(SYNC_LIMITS.QUOTA_BYTES);
    expect(size(b)).toBeLessThan(SYNC_LIMITS.QUOTA_BYTES - 4096);
  });

  for (const [name, from, to] of TRANSITIONS) {
    it(`${name}: the k-th write fails, or the page closes before it, for every k → the old or the new settings`, async () => {
      const total = await writesOfSave(from, to);
      expect(total).toBeGreaterThan(0);
      for (const mode of ['failAt', 'failFrom'] as const) {
        for (let k = 1; k <= total; k++) {
          fake.uninstall();
          fake = installChromeFake();
          const store = await page();
          await store.saveSettings(from);
          fake.faults[mode] = fake.faults.writes + k;
          const outcome = await store.saveSettings(to).then(() => 'saved', (e: unknown) => (e as Error).name);
          fake.faults[mode] = null;
          const seen = await (await page()).loadSettings();
          expect([from, to], `${mode} k=${k} (${outcome})`).toContainEqual(seen);
          // Retrying succeeds and reads back whole.
          await store.saveSettings(to);
          expect(await (await page()).loadSettings()).toEqual(to);
        }
      }
    });
  }

  it('leftovers of a cut-short save are removed by a later save, after a grace period', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = await page();
    await store.saveSettings(withLists(8, 'A'));
    fake.faults.failAt = fake.faults.writes + 2; // parts written, pointer write fails
    await expect(store.saveSettings(withLists(9, 'B'))).rejects.toMatchObject({ code: 'QUOTA' });
    fake.faults.failAt = null;
    const clean = async () => {
      const probe = installChromeFake();
      await (await page()).saveSettings(withLists(8, 'C'));
      const bytes = [...probe.sync.data].reduce((n, [k, val]) => n + itemBytes(k, val), 0);
      probe.uninstall();
      return bytes;
    };
    const expected = await clean();
    await store.saveSettings(withLists(8, 'C'));
    expect(syncBytes()).toBeGreaterThan(expected); // a concurrent page's fresh parts are never taken
    vi.setSystemTime(Date.now() + 3 * 60_000);
    await store.saveSettings(withLists(8, 'C'));
    expect(syncBytes()).toBe(expected);
  });

  it('a reader uses the local backup while the pointer names parts not there yet (sync delivering out of order)', async () => {
    const store = await page();
    const a = withLists(8, 'A');
    await store.saveSettings(a);
    expect(await store.loadSettings()).toEqual(a);
    // Another device's pointer arrives first: it names a generation whose parts have not come yet.
    await fake.sync.set({ [SETTINGS_KEY]: { version: 1, $gen: 'zzzz-other', $parts: 3 } });
    expect(await (await page()).loadSettings()).toEqual(a);
    // Without any copy on this device, saving is refused rather than storing defaults over the lists.
    await fake.local.remove(BACKUP_SETTINGS_KEY);
    await expect((await page()).updateSettings((s) => {
        s.density = 'full';
      })).rejects.toMatchObject({ code: 'STORAGE' });
    expect(fake.sync.data.get(SETTINGS_KEY)).toEqual({ version: 1, $gen: 'zzzz-other', $parts: 3 });
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

describe('two pages saving at once', () => {
  it('every interleaving (and a failed write among them) leaves old, one or the other, never a mix or defaults', async () => {
    for (let seed = 1; seed <= 24; seed++) {
      fake.uninstall();
      fake = installChromeFake();
      const random = rng(seed);
      const [, , old, x, y] = [0, 0, withLists(seed % 2 ? 8 : 0, 'A'), withLists(9, 'B'), withLists(seed % 3 ? 20 : 1, 'C')];
      const popup = await page();
      const options = await page();
      const reader = await page();
      await popup.saveSettings(old);
      fake.faults.beforeOp = async () => {
        for (let i = Math.floor(random() * 6); i > 0; i--) await Promise.resolve();
      };
      if (seed % 4 === 0) fake.faults.failAt = fake.faults.writes + 1 + Math.floor(random() * 6);
      const seen: Settings[] = [];
      let done = false;
      const watch = (async () => {
        while (!done) seen.push(await reader.loadSettings());
      })();
      await Promise.allSettled([popup.saveSettings(x), options.saveSettings(y)]);
      done = true;
      await watch;
      fake.faults.beforeOp = null;
      fake.faults.failAt = null;
      seen.push(await (await page()).loadSettings());
      for (const s of seen) expect([old, x, y], `seed ${seed}`).toContainEqual(s);
    }
  });
});
