/**
 * The settings a page needs (sites, badges, density, comparison, the active watchlist's symbols),
 * read through the worker (get-page-settings): it holds the validated, migrated settings (the
 * settings store, with valibot), so pages carry no settings reader of their own and see exactly
 * what the worker computes with. A page whose worker cannot answer (extension reloaded under it)
 * gets null and badges nothing.
 */
import type { PageSettings } from '../../contracts/page-settings.ts';
import type { Sender } from '../../contracts/send.ts';
import { isSettingsChange } from '../../settings/layout.ts';

export async function readPageSettings(send: Sender, fresh = false): Promise<PageSettings | null> {
  const reply = await send({ type: 'get-page-settings', ...(fresh ? { fresh } : {}) });
  if (reply.ok) return reply.data;
  console.warn('[rotation-lens] no settings from the extension:', reply.error.message);
  return null;
}

/** Calls `cb` with fresh page settings after every change of the stored settings (either area). */
export function onPageSettingsChanged(send: Sender, cb: (s: PageSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (isSettingsChange(changes, areaName)) {
      void readPageSettings(send, true).then((s) => s && cb(s));
    }
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
