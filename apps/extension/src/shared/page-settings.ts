/**
 * What a page needs of the settings: display switches, comparison choices and the active
 * watchlist's symbols. The worker cuts its validated, migrated settings down to this
 * (get-page-settings), so pages carry no settings reader of their own.
 */
import type { Settings } from './settings.ts';

export type PageSettings = Pick<Settings, 'sites' | 'badges' | 'density' | 'comparison'> & { watchlist: string[] };

/** Pure: full settings → what a page needs. */
export function pageSettingsOf(s: Settings): PageSettings {
  const active = s.watchlists.find((w) => w.id === s.activeWatchlistId) ?? s.watchlists[0];
  return { sites: s.sites, badges: s.badges, density: s.density, comparison: s.comparison, watchlist: active?.symbols ?? [] };
}
