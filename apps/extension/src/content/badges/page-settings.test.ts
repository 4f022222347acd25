import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../contracts/messages.ts';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { type ChromeFake, installChromeFake } from '../../test/chrome-fake.ts';
import { pageSettingsOf } from '../../contracts/page-settings.ts';
import { onPageSettingsChanged, readPageSettings } from './page-settings.ts';
import type { Sender } from '../../contracts/send.ts';

describe('page settings', () => {
  it('the worker side: display switches, comparison and the active watchlist’s symbols', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.watchlists.push({ id: 'w2', name: 'Mine', symbols: ['SOFI', 'PLTR'] });
    s.activeWatchlistId = 'w2';
    s.density = 'compact';
    expect(pageSettingsOf(s)).toEqual({ sites: { ...s.sites, generic: true }, badges: s.badges, density: 'compact', comparison: s.comparison, watchlist: ['SOFI', 'PLTR'] });
    s.activeWatchlistId = 'gone';
    expect(pageSettingsOf(s).watchlist).toEqual(s.watchlists[0]?.symbols);
  });

  describe('the page side (through the worker)', () => {
    let sent: Request[] = [];
    const page = pageSettingsOf(DEFAULT_SETTINGS);
    const send = (async (req: Request) => {
      sent.push(req);
      return { ok: true, data: page };
    }) as Sender;
    let fake: ChromeFake;
    beforeEach(() => {
      sent = [];
      fake = installChromeFake();
    });
    afterEach(() => fake.uninstall());

    it('reads once; no answer → null (nothing to badge with)', async () => {
      expect(await readPageSettings(send)).toEqual(page);
      expect(sent).toEqual([{ type: 'get-page-settings' }]);
      const gone = (async () => ({ ok: false, error: { kind: 'NoReceiver', message: 'reload the page' } })) as Sender;
      expect(await readPageSettings(gone)).toBeNull();
    });

    it('a change of the synced settings (or a chunk) asks again for fresh settings; other changes do not', async () => {
      const seen: unknown[] = [];
      const stop = onPageSettingsChanged(send, (s) => seen.push(s));
      await chrome.storage.local.set({ apiKeys: {} });
      await chrome.storage.sync.set({ other: 1 });
      await chrome.storage.local.set({ 'settings:backup': {} });
      await chrome.storage.sync.set({ 'settings:g:abc-1:0': '{}' });
      await fake.flush();
      expect(sent).toEqual([{ type: 'get-page-settings', fresh: true }]);
      expect(seen).toEqual([page]);
      // Settings kept on this device only (chrome.storage.local).
      await chrome.storage.local.set({ 'settings:device': {} });
      await fake.flush();
      expect(sent).toHaveLength(2);
      stop();
      await chrome.storage.sync.set({ settings: {} });
      await fake.flush();
      expect(sent).toHaveLength(2);
    });
  });
});
