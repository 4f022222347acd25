/**
 * Site access: the manifest's host permissions (the supported sites + the price servers). Chrome grants
 * them at install; Firefox MV3 lets the user withhold or revoke them (Add-ons → Permissions), and then
 * badges silently stop and price requests fail. These helpers are the one place that checks and asks
 * for them, for the popup and the options page (ui/SiteAccessNotice.tsx).
 *
 * Invariants: none throws — a missing chrome.permissions API reads as "nothing missing" (nothing can
 * be asked for), an error as "missing"; `requestSiteAccess` must be called synchronously from a
 * user-gesture handler (both browsers reject requests made without one).
 */
import { CONTENT_SCRIPT_MATCHES, DATA_HOST_MATCHES } from '../contracts/hosts.ts';

/** Every origin pattern the extension needs, as the manifest's host_permissions lists them. */
export const SITE_ACCESS_ORIGINS: readonly string[] = [...CONTENT_SCRIPT_MATCHES, ...DATA_HOST_MATCHES];

export interface MissingAccess {
  /** Supported sites the extension may not read (no badges there). */
  sites: string[];
  /** Price servers it may not fetch from (no data from those providers). */
  dataHosts: string[];
}

const api = (): typeof chrome.permissions | undefined => (globalThis as { chrome?: typeof chrome }).chrome?.permissions;

/** "https://www.cnbc.com/*" → "www.cnbc.com" (what the user recognises). */
export const hostOf = (pattern: string): string => pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');

async function lacks(permissions: typeof chrome.permissions, origin: string): Promise<boolean> {
  try {
    return (await permissions.contains({ origins: [origin] })) !== true;
  } catch {
    return true;
  }
}

/** The required origins not granted now, split into sites and price servers (both empty = all granted). */
export async function missingSiteAccess(): Promise<MissingAccess> {
  const permissions = api();
  if (!permissions) return { sites: [], dataHosts: [] };
  const check = async (list: readonly string[]) => {
    const flags = await Promise.all(list.map((o) => lacks(permissions, o)));
    return list.filter((_, i) => flags[i]);
  };
  const [sites, dataHosts] = await Promise.all([check(CONTENT_SCRIPT_MATCHES), check(DATA_HOST_MATCHES)]);
  return { sites, dataHosts };
}

/**
 * Asks for every required origin in one prompt. Call it from the click handler itself, before any
 * await: the request needs the user gesture. Resolves true when granted.
 */
export function requestSiteAccess(): Promise<boolean> {
  const permissions = api();
  if (!permissions) return Promise.resolve(false);
  try {
    return permissions.request({ origins: [...SITE_ACCESS_ORIGINS] }).then(
      (granted) => granted === true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** Calls `listener` whenever origins are granted or revoked (here, in another page, or in the browser's settings). */
export function onSiteAccessChanged(listener: () => void): () => void {
  const permissions = api();
  if (!permissions?.onAdded || !permissions.onRemoved) return () => undefined;
  const changed = (p: chrome.permissions.Permissions) => (p.origins?.length ?? 0) > 0 && listener();
  permissions.onAdded.addListener(changed);
  permissions.onRemoved.addListener(changed);
  return () => {
    permissions.onAdded.removeListener(changed);
    permissions.onRemoved.removeListener(changed);
  };
}
