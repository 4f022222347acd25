/** Imported CSV histories: one item per symbol, so a failed write leaves the previous history whole. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { createCsvStore } from './csv-store.ts';

let fake: ChromeFake;
beforeEach(() => {
  fake = installChromeFake();
});
afterEach(() => fake.uninstall());

describe('CSV store', () => {
  it('a write that fails keeps the previous history; clear removes every history in one write', async () => {
    const store = createCsvStore(chrome.storage.local);
    await store.put('IWM', 'date,close\n2024-01-02,190\n');
    await store.put('SPY', 'date,close\n2024-01-02,470\n');
    fake.faults.failAt = fake.faults.writes + 1;
    await expect(store.put('IWM', 'date,close\n2024-01-03,191\n')).rejects.toThrow(/QUOTA/);
    expect(await store.get('IWM')).toBe('date,close\n2024-01-02,190\n');
    const writes = fake.local.writes;
    await store.clear();
    expect(fake.local.writes).toBe(writes + 1);
    expect(await store.get('IWM')).toBeNull();
    expect(await store.get('SPY')).toBeNull();
  });
});
