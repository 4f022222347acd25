/**
 * A page on no supported site, badged because the reader asked (the popup's "Badge tickers on this
 * page", the shortcut, the context menu, or a site they added with "Always on this site"): the
 * generic adapter (content/anypage/adapter.ts). It has no on/off switch in settings.sites: the ask is
 * the switch. Its own tiny module so the scanner can test for it without the site tables.
 */
export const GENERIC_SITE = 'generic';

/**
 * The suggested key of "Badge tickers on this page" (the manifest's `badge-page` command), named in the
 * options page's hint. Chromium silently leaves a suggested key unassigned when it is one of its own
 * shortcuts (CommandService::CanAutoAssign): Alt+Shift+R and Alt+Shift+B came up empty in
 * chrome.commands.getAll on Chromium 156, Alt+Shift+L is assigned (e2e/any-page.e2e.ts checks it).
 */
export const BADGE_PAGE_KEY = 'Alt+Shift+L';
