/**
 * Mounts the popup on `root` so that its first frame is a dashboard whenever one is kept: the kept
 * last dashboard (chrome.storage.session, same settings: last-dashboard.ts) is read first and the
 * popup renders once it is known, so the first paint is that dashboard rather than a loading state
 * replaced a frame later. The read is a storage call, never a worker round trip; if it takes longer
 * than `keptWaitMs`, the loading state is painted and the kept dashboard fills in when it lands.
 * Marks on `root` (read by e2e and `pnpm bench`): data-first-render-ms when the first dashboard (kept
 * or live) is on screen, data-live-render-ms when the worker's answer arrived.
 */
import { render } from 'preact';
import { type CachedDashboard, type LastDashboardStore, lastDashboardStore } from './last-dashboard.ts';
import { Popup } from './Popup.tsx';

/** Longest wait for the kept dashboard before the loading state is painted instead. */
export const KEPT_WAIT_MS = 150;

export function mountPopup(root: HTMLElement, store: LastDashboardStore = lastDashboardStore(), cached = store.read(), keptWaitMs = KEPT_WAIT_MS): Promise<void> {
  const waited = new Promise<null>((resolve) => setTimeout(() => resolve(null), keptWaitMs));
  return Promise.race([cached, waited]).then((initial: CachedDashboard | null) => {
    render(
      <Popup
        initial={initial}
        cached={cached}
        onReady={() => {
          root.dataset['firstRenderMs'] = String(Math.round(performance.now()));
        }}
        onLive={(d) => {
          root.dataset['liveRenderMs'] ??= String(Math.round(performance.now()));
          void store.save(d.view, d.settings);
        }}
      />,
      root,
    );
  });
}
