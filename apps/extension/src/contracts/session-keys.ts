/**
 * Keys in chrome.storage.session (memory only, this browser session) shared by the worker and the
 * extension pages.
 */

/** The popup's last dashboard (src/popup/last-dashboard.ts); the worker removes it whenever its data or settings change. */
export const LAST_DASHBOARD_KEY = 'popup:lastDashboard';
