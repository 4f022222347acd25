/**
 * `notifications` is an optional permission (manifest optional_permissions): alerts are off by default,
 * so the browser asks only when the user turns them on (options → Alerts), never at install. These helpers
 * are the one place that talks to chrome.permissions about it, for the options page and the worker
 * (optional-permission.ts: nothing throws; ask only from the click itself).
 */
import { browserName } from './browser-name.ts';
import { optionalPermission } from './optional-permission.ts';

const NOTIFICATIONS = optionalPermission({ permissions: ['notifications'] });

/** What the user is told when the browser refuses (a dismissed prompt, a "Deny", or an error). */
export const refusedMessage = (): string => `${browserName()} did not allow notifications; alerts stay off`;

/** Whether the extension holds `notifications` now (false when it cannot tell). */
export const hasNotifications = (): Promise<boolean> => NOTIFICATIONS.has();

/** Asks the browser for `notifications`; call it from the click handler itself, before any await. */
export const requestNotifications = (): Promise<boolean> => NOTIFICATIONS.request();

/** Gives `notifications` back (alerts turned off). Resolves true when it was removed. */
export const dropNotifications = (): Promise<boolean> => NOTIFICATIONS.drop();

/** Calls `listener` with the new state whenever `notifications` is granted or removed, anywhere. */
export const onNotificationsChanged = (listener: (granted: boolean) => void): (() => void) => NOTIFICATIONS.onChanged(listener);
