/**
 * `notifications` is an optional permission (manifest optional_permissions): alerts are off by default,
 * so the browser asks only when the user turns them on (options → Alerts), never at install. These helpers
 * are the one place that talks to chrome.permissions about it, for the options page and the worker.
 *
 * Invariants: none of them throws — a missing chrome.permissions (or chrome.notifications) API, a
 * refusal and an error all read as "not allowed"; `requestNotifications` must be called synchronously
 * from a user-gesture handler (browsers reject requests made without one).
 */

const NOTIFICATIONS: chrome.permissions.Permissions = { permissions: ['notifications'] };

import { browserName } from './browser-name.ts';

/** What the user is told when the browser refuses (a dismissed prompt, a "Deny", or an error). */
export const refusedMessage = (): string => `${browserName()} did not allow notifications; alerts stay off`;

const api = (): typeof chrome.permissions | undefined => (globalThis as { chrome?: typeof chrome }).chrome?.permissions;

/** Whether the extension holds `notifications` now (false when it cannot tell). */
export async function hasNotifications(): Promise<boolean> {
  try {
    return (await api()?.contains(NOTIFICATIONS)) === true;
  } catch {
    return false;
  }
}

/**
 * Asks the browser for `notifications` (the prompt shows unless it is already held). Call it from the click
 * handler itself, before any await: the request needs the user gesture. Resolves true when granted.
 */
export function requestNotifications(): Promise<boolean> {
  const permissions = api();
  if (!permissions) return Promise.resolve(false);
  try {
    return permissions.request(NOTIFICATIONS).then(
      (granted) => granted === true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives `notifications` back (alerts turned off). Resolves true when it was removed. */
export async function dropNotifications(): Promise<boolean> {
  try {
    return (await api()?.remove(NOTIFICATIONS)) === true;
  } catch {
    return false;
  }
}

/**
 * Calls `listener` with the new state whenever `notifications` is granted or removed — here or in
 * another extension page, or from chrome://extensions. Returns the unsubscribe function.
 */
export function onNotificationsChanged(listener: (granted: boolean) => void): () => void {
  const permissions = api();
  if (!permissions?.onAdded || !permissions.onRemoved) return () => undefined;
  const concerns = (p: chrome.permissions.Permissions) => p.permissions?.includes('notifications') === true;
  const added = (p: chrome.permissions.Permissions) => concerns(p) && listener(true);
  const removed = (p: chrome.permissions.Permissions) => concerns(p) && listener(false);
  permissions.onAdded.addListener(added);
  permissions.onRemoved.addListener(removed);
  return () => {
    permissions.onAdded.removeListener(added);
    permissions.onRemoved.removeListener(removed);
  };
}
