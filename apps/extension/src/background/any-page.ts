/**
 * "Badge tickers on this page" from the keyboard (the `badge-page` command, BADGE_PAGE_KEY) and from the
 * page's context menu. Both are user gestures that give the extension activeTab on that tab, so the
 * worker can run the generic content script there with no host permission; the popup's button goes
 * through the badge-tab message (handlers/badge-tab.ts), which runs the same script.
 * The menu item costs no host permission (contextMenus) and is shown on web pages only.
 */
import { ANY_PAGE_SCRIPT } from '../permissions/always-sites.ts';

/** The manifest's command name and the context-menu item's id (one action, one name). */
export const BADGE_PAGE_COMMAND = 'badge-page';
export const BADGE_PAGE_TITLE = 'Badge tickers on this page';
/** The manifest's optional host permissions: any https origin, each asked for alone at the reader's click. */
export const ANY_SITE_ORIGINS = 'https://*/*';
/** Where the menu item shows: web pages only (not the extension's own pages, not file:). */
export const BADGE_PAGE_MENU_PAGES = [ANY_SITE_ORIGINS, 'http://*/*'];

type Tab = { id?: number } | undefined;
export type InjectInTab = (target: { tabId: number; frameId: number }, file: string) => Promise<void>;

/** Runs the generic script in `tab`'s top frame; a tab without an id (devtools, some browser pages) is ignored. */
export async function badgePage(tab: Tab, inject: InjectInTab): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return;
  try {
    await inject({ tabId: tab.id, frameId: 0 }, ANY_PAGE_SCRIPT);
  } catch (e) {
    // A page the browser keeps scripts out of (the web store, a PDF viewer): nothing to badge there.
    console.warn('[rotation-lens] could not badge this page:', e instanceof Error ? e.message : String(e));
  }
}

/** What of the extension API the shortcut and the menu use (chrome.*; a fake in tests). */
export interface AnyPageApi {
  commands: { onCommand: { addListener(cb: (command: string, tab?: Tab) => void): void } };
  contextMenus: {
    create(props: { id: string; title: string; contexts: ['page']; documentUrlPatterns: string[] }): void;
    onClicked: { addListener(cb: (info: { menuItemId: string | number }, tab?: Tab) => void): void };
  };
  runtime: { onInstalled: { addListener(cb: () => void): void } };
}

/** Listens for the shortcut and the menu item (registered synchronously at the worker's top level). */
export function listenForBadgePage(api: AnyPageApi, inject: InjectInTab): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command === BADGE_PAGE_COMMAND) void badgePage(tab, inject);
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === BADGE_PAGE_COMMAND) void badgePage(tab, inject);
  });
  // Menu items persist across worker restarts; (re)create them once per install or update.
  api.runtime.onInstalled.addListener(() =>
    api.contextMenus.create({ id: BADGE_PAGE_COMMAND, title: BADGE_PAGE_TITLE, contexts: ['page'], documentUrlPatterns: BADGE_PAGE_MENU_PAGES }),
  );
}
