/**
 * "Always on this site": sites the reader added get the generic content script
 * (content/page.js) on every load. Adding one asks for that one origin as an optional host permission
 * (at the reader's click: the first await in the click handler), then registers the script for it,
 * persisted across browser restarts. Removing one unregisters the script and gives the permission back.
 * The registered scripts are the one record of the added sites (no copy in settings to drift from them).
 */

/** The generic content script's built file (= ANY_PAGE_FILE of content-scripts.plugin.ts). */
export const ANY_PAGE_SCRIPT = 'content/page.js';
const ID_PREFIX = 'any-page:';

/** What of chrome.* this uses (a fake in tests). */
export interface AlwaysSitesApi {
  permissions: Pick<typeof chrome.permissions, 'request' | 'remove'>;
  scripting: Pick<typeof chrome.scripting, 'registerContentScripts' | 'unregisterContentScripts' | 'getRegisteredContentScripts'>;
}

/** The origin ("https://www.reuters.com") of an https page, or null for any other page (no script can go there). */
export function siteOrigin(pageUrl: string | undefined): string | null {
  if (!pageUrl) return null;
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'https:' && url.hostname ? url.origin : null;
  } catch {
    return null;
  }
}

const matchFor = (origin: string) => `${origin}/*`;

/** The added sites' origins, in the order they were added. */
export async function alwaysSites(api: AlwaysSitesApi): Promise<string[]> {
  const scripts = await api.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(ID_PREFIX)).map((s) => s.id.slice(ID_PREFIX.length));
}

/**
 * Adds `origin`: false when the reader said no to the permission (nothing registered). Adding a site
 * already added is a no-op that says true.
 */
export async function addAlwaysSite(api: AlwaysSitesApi, origin: string): Promise<boolean> {
  if (!(await api.permissions.request({ origins: [matchFor(origin)] }))) return false;
  if ((await alwaysSites(api)).includes(origin)) return true;
  await api.scripting.registerContentScripts([
    { id: ID_PREFIX + origin, matches: [matchFor(origin)], js: [ANY_PAGE_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  return true;
}

/** Removes `origin`: its script is unregistered first, then the permission is given back. */
export async function removeAlwaysSite(api: AlwaysSitesApi, origin: string): Promise<void> {
  if ((await alwaysSites(api)).includes(origin)) await api.scripting.unregisterContentScripts({ ids: [ID_PREFIX + origin] });
  await api.permissions.remove({ origins: [matchFor(origin)] });
}
