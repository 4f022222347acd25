/**
 * Where watchlists and settings are kept: Chrome sync (every computer signed in to the same Chrome
 * profile, 100 KB in all) or this device only (chrome.storage.local, 10 MB, never synced). Shows how
 * much of the chosen area the settings use; moving to sync is refused, with the reason, when they
 * do not fit.
 */
import { checkFit, kb } from '../../settings/fit.ts';
import type { SettingsArea } from '../../settings/store.ts';
import type { SectionProps } from '../types.ts';

export function StorageChoice({ settings, area, moveTo }: SectionProps) {
  const fit = checkFit(settings, area);
  const choose = (to: SettingsArea) => {
    if (to !== area) void moveTo(to, undefined, to === 'device' ? 'Watchlists are now kept on this device only' : 'Watchlists now sync with Chrome');
  };
  return (
    <fieldset data-testid="storage-choice">
      <legend>Where your watchlists are kept</legend>
      <label class="field">
        <input type="radio" name="settings-area" checked={area === 'sync'} onChange={() => choose('sync')} data-testid="area-sync" />
        <span>Chrome sync — on every computer signed in to this Chrome profile (up to {kb(checkFit(settings, 'sync').limit)})</span>
      </label>
      <label class="field">
        <input type="radio" name="settings-area" checked={area === 'device'} onChange={() => choose('device')} data-testid="area-device" />
        <span>This device only — room for large lists; they do not sync to your other computers</span>
      </label>
      <p class="muted" data-testid="storage-use">
        {area === 'sync' ? `Uses ${kb(fit.bytes)} of Chrome sync's ${kb(fit.limit)}.` : `Uses ${kb(fit.bytes)} on this device. Not synced: other computers keep their own lists.`}
      </p>
    </fieldset>
  );
}
