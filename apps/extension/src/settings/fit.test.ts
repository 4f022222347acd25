import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChromeFake, installChromeFake, itemBytes } from '../test/chrome-fake.ts';
import { checkFit, kb } from './fit.ts';
import { DEFAULT_SETTINGS, type Settings } from './schema.ts';
import { saveSettings } from './store.ts';

let fake: ChromeFake;
beforeEach(() => {
  fake = installChromeFake();
});
afterEach(() => fake.uninstall());

/** `lists` lists of `per` symbols like AAPL0012 (8 characters). */
function lists(count: number, per = 200): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.watchlists = Array.from({ length: count }, (_, i) => ({ id: `l${i}`, name: `List ${i}`, symbols: Array.from({ length: per }, (_, j) => `Q${String(i).padStart(2, '0')}X${String(j).padStart(3, '0')}`) }));
  s.activeWatchlistId = 'l0';
  return s;
}

const syncBytes = () => [...fake.sync.data].reduce((n, [k, val]) => n + itemBytes(k, val), 0);

describe('checkFit', () => {
  it('measures what the store then writes, to within the generation id', async () => {
    for (const n of [1, 10, 30]) {
      const s = lists(n);
      const fit = checkFit(s, 'sync');
      expect(fit.ok).toBe(true);
      await saveSettings(s);
      expect(Math.abs(syncBytes() - fit.bytes)).toBeLessThanOrEqual(32);
      await saveSettings(DEFAULT_SETTINGS);
    }
  });

  it('50 lists × 200 symbols do not fit sync: says the size, the quota and about how many symbols to remove', () => {
    const s = lists(50);
    const fit = checkFit(s, 'sync', 'This file');
    expect(fit.ok).toBe(false);
    const m = /^This file needs (\d+) KB; Chrome sync holds 100 KB — remove about (\d+) symbols or keep lists on this device only\.$/.exec(fit.message);
    expect(m, fit.message).not.toBeNull();
    expect(Number(m![1])).toBe(Math.ceil(fit.bytes / 1024));
    // "About" that many: removing them fits, removing 10% fewer does not.
    const remove = Number(m![2]);
    const without = (k: number) => {
      const t = structuredClone(s);
      for (let i = 0; i < k; i++) t.watchlists[i % 50]!.symbols.pop();
      return checkFit(t, 'sync').ok;
    };
    expect(without(remove)).toBe(true);
    expect(without(Math.floor(remove * 0.9))).toBe(false);
  });

  it('the same lists fit on this device (10 MB)', () => {
    const fit = checkFit(lists(50), 'device');
    expect(fit).toMatchObject({ ok: true, limit: 10 * 1024 * 1024 });
  });

  it('kb rounds up in Chrome quota units', () => {
    expect(kb(102_400)).toBe('100 KB');
    expect(kb(102_401)).toBe('101 KB');
    expect(kb(10_485_760)).toBe('10.0 MB');
  });
});
