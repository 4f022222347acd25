/**
 * The popup's first frame: the kept last dashboard, painted before the worker is asked (a stopped
 * worker must not hold up or compete with it) and marked as the one last shown with its as-of until
 * the live one replaces it; the loading state when nothing is kept or the read is slow.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardView, Request } from '../contracts/messages.ts';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { makeDashboard } from '../test/dashboard-fixture.ts';
import { byTestId, waitFor } from '../test/dom.ts';
import type { CachedDashboard, LastDashboardStore } from './last-dashboard.ts';
import { mountPopup } from './mount-popup.tsx';

const KEPT = makeDashboard({ context: { ...makeDashboard().context, stamp: { provider: 'yahoo', asOf: '2024-09-11', stale: false, offline: false, simulated: false } } });
const LIVE = makeDashboard();

let fake: ChromeFake;
let root: HTMLElement;
let answer: (() => void) | undefined;
beforeEach(() => {
  fake = installChromeFake();
  // The worker answers get-dashboard only when the test says so.
  fake.onMessage((m) => {
    if ((m as Request).type !== 'get-dashboard') return { ok: false, error: { kind: 'BadRequest', message: 'unexpected' } };
    return new Promise((resolve) => {
      answer = () => resolve({ ok: true, data: LIVE });
    });
  });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  fake.uninstall();
  answer = undefined;
});

function storeWith(read: Promise<CachedDashboard | null>) {
  const saved: DashboardView[] = [];
  const store: LastDashboardStore = { read: () => read, save: async (view) => void saved.push(view) };
  return { store, saved };
}

/** What #app showed first, and whether the worker had been asked by then. */
function watchFirstContent(el: HTMLElement) {
  const first: { html: string; asked: boolean }[] = [];
  const mo = new MutationObserver(() => {
    if (first.length === 0 && el.firstElementChild) first.push({ html: el.textContent ?? '', asked: fake.sent.length > 0 });
  });
  mo.observe(el, { childList: true, subtree: true });
  return { first, stop: () => mo.disconnect() };
}

const asked = () => fake.sent.filter((m) => (m as Request).type === 'get-dashboard').length;

describe('mountPopup', () => {
  it('paints the kept dashboard first, before asking the worker, marked as last shown with its as-of', async () => {
    const { store } = storeWith(Promise.resolve({ view: KEPT, settings: DEFAULT_SETTINGS }));
    const watch = watchFirstContent(root);
    await mountPopup(root, store);
    watch.stop();
    expect(watch.first).toHaveLength(1);
    expect(watch.first[0]!.asked).toBe(false);
    expect(byTestId(root, 'loading')).toBeNull();
    expect(byTestId(root, 'verdict')).not.toBeNull();
    expect(byTestId(root, 'stamp')?.textContent).toContain('as of 2024-09-11');
    expect(byTestId(root, 'kept-note')?.textContent).toMatch(/last shown/);
    // The first-render mark comes from the kept dashboard; the worker is asked after it.
    await waitFor(() => root.dataset['firstRenderMs']);
    await waitFor(() => asked() === 1);
  });

  it('the first frame holds what is above the fold; the facts under the chart and the watchlist follow it', async () => {
    const { store } = storeWith(Promise.resolve({ view: KEPT, settings: DEFAULT_SETTINGS }));
    await mountPopup(root, store);
    for (const id of ['verdict', 'returns', 'ratio-chart', 'footer']) expect(byTestId(root, id), id).not.toBeNull();
    for (const id of ['streak', 'rsi', 'watchlist']) expect(byTestId(root, id), id).toBeNull();
    await waitFor(() => root.dataset['firstRenderMs']);
    await waitFor(() => byTestId(root, 'streak') && byTestId(root, 'watchlist'));
  });

  it('the worker is asked in a task after the one that marks the first render', async () => {
    const askedAtMark: number[] = [];
    const mo = new MutationObserver(() => {
      if (root.dataset['firstRenderMs'] && askedAtMark.length === 0) askedAtMark.push(asked());
    });
    mo.observe(root, { attributes: true });
    const { store } = storeWith(Promise.resolve({ view: KEPT, settings: DEFAULT_SETTINGS }));
    await mountPopup(root, store);
    await waitFor(() => askedAtMark.length === 1);
    mo.disconnect();
    expect(askedAtMark).toEqual([0]);
    await waitFor(() => asked() === 1);
  });

  it('the this-page and site-access rows query the browser only after the first dashboard is on screen', async () => {
    const queriedAt: (string | undefined)[] = [];
    const query = chrome.tabs.query;
    chrome.tabs.query = ((...args: Parameters<typeof query>) => {
      queriedAt.push(root.dataset['firstRenderMs']);
      return query(...args);
    }) as typeof query;
    const { store } = storeWith(Promise.resolve({ view: KEPT, settings: DEFAULT_SETTINGS }));
    await mountPopup(root, store);
    await waitFor(() => queriedAt.length > 0);
    expect(queriedAt[0]).toBeDefined();
  });

  it('the live dashboard replaces the kept one, drops the mark and is kept for the next open', async () => {
    const { store, saved } = storeWith(Promise.resolve({ view: KEPT, settings: DEFAULT_SETTINGS }));
    await mountPopup(root, store);
    await waitFor(() => answer);
    expect(root.dataset['liveRenderMs']).toBeUndefined();
    answer!();
    await waitFor(() => byTestId(root, 'stamp')?.textContent?.includes('as of 2024-09-12'));
    expect(byTestId(root, 'kept-note')).toBeNull();
    await waitFor(() => root.dataset['liveRenderMs']);
    await waitFor(() => saved.length === 1);
    expect(saved[0]).toEqual(LIVE);
  });

  it('nothing kept: the loading state, and the worker is asked', async () => {
    const { store } = storeWith(Promise.resolve(null));
    await mountPopup(root, store);
    expect(byTestId(root, 'loading')).not.toBeNull();
    await waitFor(() => answer);
    answer!();
    await waitFor(() => byTestId(root, 'verdict'));
    expect(byTestId(root, 'kept-note')).toBeNull();
  });

  it('a slow kept read does not hold the popup blank: loading first, the kept dashboard when it lands', async () => {
    let land: (c: CachedDashboard) => void = () => undefined;
    const read = new Promise<CachedDashboard | null>((resolve) => (land = resolve));
    const { store } = storeWith(read);
    await mountPopup(root, store, read, 5);
    expect(byTestId(root, 'loading')).not.toBeNull();
    land({ view: KEPT, settings: DEFAULT_SETTINGS });
    await waitFor(() => byTestId(root, 'kept-note'));
    expect(byTestId(root, 'stamp')?.textContent).toContain('as of 2024-09-11');
  });
});
