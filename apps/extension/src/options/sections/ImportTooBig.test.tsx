/** An import too big for Chrome sync: refused before saving with the size in words; "keep on this device" imports it. */
import { describe, expect, it } from 'vitest';
import { exportWatchlistsJson } from '../io/import-export.ts';
import { DEVICE_SETTINGS_KEY } from '../../settings/layout.ts';
import { byTestId, click, type, waitFor } from '../../test/dom.ts';
import { chooseFile, setupOptionsPage } from '../../test/options-harness.tsx';

const ctx = setupOptionsPage(() => ({ ok: false, error: { kind: 'X', message: 'unexpected' } }));
const section = () => byTestId(ctx.page.root, 'section-watchlists')!;
/** Picks "replace" and lets the section re-render before a file is chosen. */
const replaceMode = async () => {
  type(byTestId<HTMLSelectElement>(section(), 'import-mode')!, 'replace');
  await new Promise((resolve) => setTimeout(resolve, 0));
};
/** Chooses a radio as a user does (checked, then change). */
const pick = (el: HTMLInputElement | null) => {
  el!.checked = true;
  el!.dispatchEvent(new Event('change', { bubbles: true }));
};

/** 50 lists × 200 six-character symbols: valid, but about 120 KB stored. */
const bigFile = exportWatchlistsJson(
  Array.from({ length: 50 }, (_, i) => ({ id: `big-${i}`, name: `Big ${i}`, symbols: Array.from({ length: 200 }, (_, j) => `B${i}X${String(j).padStart(3, '0')}`.padEnd(6, 'Z')) })),
);

describe('import that does not fit Chrome sync', () => {
  it('says how big it is and by how much, changes nothing, and offers keeping lists on this device', async () => {
    const sync = JSON.stringify([...ctx.fake.sync.data]);
    await replaceMode();
    chooseFile(byTestId<HTMLInputElement>(section(), 'import-file')!, 'big.json', bigFile);
    const box = await waitFor(() => byTestId(section(), 'import-too-big'));
    expect(box.textContent).toMatch(/^Nothing was imported from big\.json\. This file needs 1\d\d KB; Chrome sync holds 100 KB — remove about \d+ symbols or keep lists on this device only\./);
    expect(box.textContent).toContain('do not sync to your other computers');
    expect(JSON.stringify([...ctx.fake.sync.data])).toBe(sync);
    expect(ctx.fake.local.data.has(DEVICE_SETTINGS_KEY)).toBe(false);

    click(byTestId(box, 'import-keep-on-device'));
    await ctx.page.status('Imported 50 watchlist(s) from big.json; lists are kept on this device only');
    expect(ctx.page.stored()!.watchlists).toHaveLength(50);
    expect(ctx.fake.local.data.has(DEVICE_SETTINGS_KEY)).toBe(true);
    expect(JSON.stringify([...ctx.fake.sync.data])).toBe(sync);
    expect(byTestId(section(), 'import-too-big')).toBeNull();
    const choice = byTestId(ctx.page.root, 'storage-choice')!;
    expect(byTestId<HTMLInputElement>(choice, 'area-device')!.checked).toBe(true);
    expect(byTestId(choice, 'storage-use')!.textContent).toMatch(/^Uses \d+ KB on this device\. Not synced/);
  });

  it('moving back to sync while too big is refused with the reason', async () => {
    const choice = () => byTestId(ctx.page.root, 'storage-choice')!;
    expect(byTestId(choice(), 'storage-use')!.textContent).toMatch(/^Uses \d+ KB of Chrome sync's 100 KB\.$/);
    pick(byTestId<HTMLInputElement>(choice(), 'area-device'));
    await ctx.page.status('kept on this device only');
    await replaceMode();
    chooseFile(byTestId<HTMLInputElement>(section(), 'import-file')!, 'big.json', bigFile);
    await ctx.page.status('Imported 50 watchlist(s) from big.json');
    pick(byTestId<HTMLInputElement>(choice(), 'area-sync'));
    await ctx.page.status(/^Not saved: Your watchlists and settings need 1\d\d KB; Chrome sync holds 100 KB/);
    expect(byTestId<HTMLInputElement>(choice(), 'area-device')!.checked).toBe(true);
  });
});
