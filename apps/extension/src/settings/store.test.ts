import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChromeFake, installChromeFake, SYNC_QUOTA_BYTES_PER_ITEM } from '../test/chrome-fake.ts';
import { BACKUP_SETTINGS_KEY } from './layout.ts';
import { API_KEYS_KEY, DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './schema.ts';
import {
  deleteApiKey,
  loadApiKeys,
  loadSettings,
  maskKey,
  onSettingsChanged,
  SettingsError,
  saveApiKey,
  saveSettings,
  updateSettings,
} from './store.ts';

let fake: ChromeFake;
beforeEach(() => {
  fake = installChromeFake();
});
afterEach(() => fake.uninstall());

const withList = (n: number): Settings => {
  const s = structuredClone(DEFAULT_SETTINGS);
  for (let i = 0; i < n; i++) {
    s.watchlists.push({ id: `l${i}`, name: `List ${i}`, symbols: Array.from({ length: 200 }, (_, j) => `S${i}X${j}`) });
  }
  return s;
};

/** What builds before generations wrote: the main item, and `settings:chunk:<i>` parts beside it when large. */
async function writeEarlierLayout(s: Settings) {
  const main: Record<string, unknown> = { ...s, $rev: 'mabc.1' };
  const items: Record<string, unknown> = {};
  if (new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(main)).length > 7900) {
    const big = JSON.stringify({ watchlists: s.watchlists, valuationReadings: s.valuationReadings });
    delete main['watchlists'];
    delete main['valuationReadings'];
    let n = 0;
    for (let at = 0; at < big.length; at += 4000, n++) items[`settings:chunk:${n}`] = big.slice(at, at + 4000);
    main['$chunks'] = n;
    await fake.sync.set(items);
  }
  await fake.sync.set({ [SETTINGS_KEY]: main });
}

describe('settings store', () => {
  it('missing → defaults, without writing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(fake.sync.writes).toBe(0);
  });

  it('save → load round-trips', async () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.comparison.smallProxy = '^RUT';
    s.sites.cnbc = false;
    await saveSettings(s);
    expect(await loadSettings()).toEqual(s);
    // Local holds only the backup copy a reader falls back to.
    expect([...fake.local.data.keys()]).toEqual([BACKUP_SETTINGS_KEY]);
  });

  it('rejects invalid settings with a typed error and leaves storage unchanged', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const before = JSON.stringify([...fake.sync.data]);
    const bad = structuredClone(DEFAULT_SETTINGS) as unknown as { comparison: { benchmark: string } };
    bad.comparison.benchmark = 'DIA';
    const err = await saveSettings(bad as unknown as Settings).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsError);
    expect((err as SettingsError).code).toBe('INVALID');
    expect((err as SettingsError).issues[0]!.path).toBe('comparison.benchmark');
    const dangling = { ...structuredClone(DEFAULT_SETTINGS), activeWatchlistId: 'nope' };
    await expect(saveSettings(dangling)).rejects.toMatchObject({ code: 'INVALID' });
    const rsi = structuredClone(DEFAULT_SETTINGS);
    rsi.comparison.rsiOversold = 50;
    rsi.comparison.rsiOverbought = 50;
    await expect(saveSettings(rsi)).rejects.toMatchObject({ code: 'INVALID' });
    expect(JSON.stringify([...fake.sync.data])).toBe(before);
  });

  it('updateSettings applies concurrent updates without losing one', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, density: 'compact' })),
      updateSettings((s) => {
        s.alerts.enabled = true; // in-place edit, nothing returned
      }),
    ]);
    const s = await loadSettings();
    expect(s.density).toBe('compact');
    expect(s.alerts.enabled).toBe(true);
  });

  it('large settings are split across items under the 8 KB quota and read back whole', async () => {
    const big = withList(8);
    await saveSettings(big);
    for (const [k, val] of fake.sync.data) {
      expect(new TextEncoder().encode(k + JSON.stringify(val)).length).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    }
    expect(fake.sync.data.size).toBeGreaterThan(1);
    expect(await loadSettings()).toEqual(big);
    // Shrinking again removes the stale chunks.
    await saveSettings(DEFAULT_SETTINGS);
    expect([...fake.sync.data.keys()]).toEqual([SETTINGS_KEY]);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('too large for sync → QUOTA error saying by how much, before anything is written', async () => {
    await saveSettings(withList(2));
    const writes = fake.sync.writes;
    const err = (await saveSettings(withList(45)).catch((e: unknown) => e)) as SettingsError;
    expect(err).toMatchObject({ code: 'QUOTA' });
    expect(err.message).toMatch(/^Your watchlists and settings need 1\d\d KB; Chrome sync holds 100 KB — remove about \d+ symbols or keep lists on this device only\.$/);
    expect(fake.sync.writes).toBe(writes);
    expect(await loadSettings()).toEqual(withList(2));
  });

  it('reads the layout of earlier builds unchanged, and the next save replaces it', async () => {
    for (const s of [withList(0), withList(8)]) {
      fake.uninstall();
      fake = installChromeFake();
      await writeEarlierLayout(s);
      expect(await loadSettings()).toEqual(s);
      await updateSettings((d) => {
        d.density = 'compact';
      });
      expect([...fake.sync.data.keys()].filter((k) => k.startsWith('settings:chunk:'))).toEqual([]);
      expect(await loadSettings()).toEqual({ ...s, density: 'compact' });
    }
  });

  it('keeps unknown fields and rejected values through a save', async () => {
    await fake.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, density: 'weird', fromTheFuture: [1, 2] } });
    const s = await loadSettings();
    expect(s.density).toBe('full');
    await saveSettings({ ...s, density: 'compact' });
    const raw = fake.sync.data.get(SETTINGS_KEY) as Record<string, unknown>;
    expect(raw['$extra']).toEqual({ fromTheFuture: [1, 2] });
    expect(raw['$rejected']).toEqual({ density: 'weird' });
    expect((await loadSettings()).density).toBe('compact');
  });

  it('persists a v0 → v1 migration once', async () => {
    await fake.sync.set({ [SETTINGS_KEY]: { watchlist: ['IWM', 'KRE'], benchmark: 'VOO' } });
    const s = await loadSettings();
    expect(s.watchlists[0]!.symbols).toEqual(['IWM', 'KRE']);
    const raw = fake.sync.data.get(SETTINGS_KEY) as Record<string, unknown>;
    expect(raw['version']).toBe(1);
  });

  it('onSettingsChanged fires with the new settings and unsubscribes', async () => {
    const seen: Settings[] = [];
    const off = onSettingsChanged((s) => seen.push(s));
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), density: 'compact' });
    await fake.flush();
    expect(seen.at(-1)?.density).toBe('compact');
    await saveSettings(withList(3));
    await fake.flush();
    await fake.flush();
    expect(seen.at(-1)?.watchlists).toHaveLength(4);
    off();
    const count = seen.length;
    await saveSettings(DEFAULT_SETTINGS);
    await fake.flush();
    expect(seen.length).toBe(count);
  });

  it('a storage failure surfaces as SettingsError STORAGE', async () => {
    fake.sync.failNextWrite = 'IO error';
    await expect(saveSettings(DEFAULT_SETTINGS)).rejects.toMatchObject({ code: 'STORAGE' });
  });

  it("sync's write-rate quota is said in the user's words, and the settings are unchanged", async () => {
    const before = withList(3);
    await saveSettings(before);
    fake.sync.failNextWrite = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    await expect(saveSettings(withList(4))).rejects.toMatchObject({
      code: 'QUOTA',
      message: 'Chrome sync takes at most 120 changes a minute; nothing was saved — try again in a minute',
    });
    expect(await loadSettings()).toEqual(before);
  });
});

describe('API keys', () => {
  it('are stored only in chrome.storage.local', async () => {
    await saveApiKey('tiingo', '  abcdef1234567890  ');
    expect(await loadApiKeys()).toEqual({ tiingo: 'abcdef1234567890' });
    expect(fake.sync.data.size).toBe(0);
    expect(fake.local.data.get(API_KEYS_KEY)).toEqual({ tiingo: 'abcdef1234567890' });
    await deleteApiKey('tiingo');
    expect(await loadApiKeys()).toEqual({});
  });

  it('reject bad keys without echoing them', async () => {
    const err = (await saveApiKey('alphavantage', 'has space secret').catch((e: unknown) => e)) as SettingsError;
    expect(err).toBeInstanceOf(SettingsError);
    expect(err.message).not.toMatch(/secret/);
    expect(fake.local.writes).toBe(0);
  });

  it('maskKey shows at most the last four characters', () => {
    expect(maskKey('abcdefgh12345678')).toBe('••••5678');
    expect(maskKey('short')).toBe('••••');
  });
});
