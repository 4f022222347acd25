import { describe, expect, it, vi } from 'vitest';
import { BADGE_PAGE_KEY } from '../contracts/generic-site.ts';
import { type AnyPageApi, BADGE_PAGE_COMMAND, listenForBadgePage } from './any-page.ts';

type Listener = (...args: never[]) => void;

/** The part of chrome.* the shortcut and the menu use, with the listeners kept so a test can fire them. */
function fakeApi() {
  const on: Record<string, Listener> = {};
  const created: unknown[] = [];
  const keep = (name: string) => ({
    addListener: (cb: Listener) => {
      on[name] = cb;
    },
  });
  const api = {
    commands: { onCommand: keep('command') },
    contextMenus: { create: (p: unknown) => void created.push(p), onClicked: keep('menu') },
    runtime: { onInstalled: keep('installed') },
  } as unknown as AnyPageApi;
  const fire = (name: string, ...args: unknown[]) => (on[name] as (...a: unknown[]) => void)(...args);
  return { api, created, fire };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('badge this page: shortcut and context menu', () => {
  it('the shortcut and the menu item run the generic script in the tab they came from', async () => {
    const { api, fire } = fakeApi();
    const inject = vi.fn(async () => undefined);
    listenForBadgePage(api, inject);
    fire('command', BADGE_PAGE_COMMAND, { id: 4 });
    fire('menu', { menuItemId: BADGE_PAGE_COMMAND }, { id: 5 });
    await settle();
    expect(inject.mock.calls).toEqual([
      [{ tabId: 4, frameId: 0 }, 'content/page.js'],
      [{ tabId: 5, frameId: 0 }, 'content/page.js'],
    ]);
  });

  it('other commands, other menu items and tabs without an id inject nothing; a refused page is no crash', async () => {
    const { api, fire } = fakeApi();
    const inject = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    listenForBadgePage(api, inject);
    fire('command', 'other', { id: 4 });
    fire('menu', { menuItemId: 'other' }, { id: 4 });
    fire('command', BADGE_PAGE_COMMAND, undefined);
    fire('command', BADGE_PAGE_COMMAND, { id: -1 });
    await settle();
    expect(inject).not.toHaveBeenCalled();
    fire('command', BADGE_PAGE_COMMAND, { id: 9 });
    await settle();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('[rotation-lens] could not badge this page:', 'Cannot access contents of the page');
    warn.mockRestore();
  });

  it('the menu item is created at install, on web pages only', () => {
    const { api, created, fire } = fakeApi();
    listenForBadgePage(api, async () => undefined);
    expect(created).toEqual([]);
    fire('installed');
    expect(created).toEqual([{ id: BADGE_PAGE_COMMAND, title: 'Badge tickers on this page', contexts: ['page'], documentUrlPatterns: ['https://*/*', 'http://*/*'] }]);
  });

  it('suggests a key Chromium assigns: none of the keys it keeps for itself and leaves unassigned', () => {
    // Measured on Debian's Chromium 156 (chrome.commands.getAll after install): these came up with no
    // shortcut. The shipped key is checked in the real browser by e2e/any-page.e2e.ts.
    expect(['Alt+Shift+R', 'Alt+Shift+B']).not.toContain(BADGE_PAGE_KEY);
    expect(BADGE_PAGE_KEY).toMatch(/^(Ctrl|Alt)\+Shift\+[A-Z0-9]$/);
  });
});
