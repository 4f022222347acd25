/**
 * What a page needs of the settings: display switches, comparison choices and the active
 * watchlist's symbols. The worker cuts its validated, migrated settings down to this
 * (get-page-settings), so pages carry no settings reader of their own.
 */
import type { Settings } from '../settings/schema.ts';
import { GENERIC_SITE } from './generic-site.ts';
import type { PageSiteId } from './sites.ts';

export type PageSettings = Pick<Settings, 'badges' | 'density' | 'comparison'> & { sites: Partial<Record<PageSiteId, boolean>>; watchlist: string[] };

/**
 * Pure: full settings → what a page needs. A generic page (content/anypage/) is always on: it runs
 * only where the reader asked for it, so the ask is its switch.
 */
export function pageSettingsOf(s: Settings): PageSettings {
  const active = s.watchlists.find((w) => w.id === s.activeWatchlistId) ?? s.watchlists[0];
  return { sites: { ...s.sites, [GENERIC_SITE]: true }, badges: s.badges, density: s.density, comparison: s.comparison, watchlist: active?.symbols ?? [] };
}
