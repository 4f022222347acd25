/**
 * Popup entry: mounts the dashboard. Styles are bundled (no remote resources). The last dashboard
 * (chrome.storage.session, same settings) is asked for before anything renders and painted at once;
 * the live one from the worker replaces it (last-dashboard.ts).
 */
import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { lastDashboardStore } from './last-dashboard.ts';
import { Popup } from './Popup.tsx';

const root = document.getElementById('app');
if (root) {
  const kept = lastDashboardStore();
  const cached = kept.read();
  render(
    <Popup
      cached={cached}
      onReady={() => {
        // Navigation start → first dashboard on screen (kept or live); e2e asserts < 150 ms warm.
        root.dataset['firstRenderMs'] = String(Math.round(performance.now()));
      }}
      onLive={(d) => {
        // Navigation start → the live dashboard received (what tests that need fresh numbers wait for).
        root.dataset['liveRenderMs'] ??= String(Math.round(performance.now()));
        void kept.save(d.view, d.settings);
      }}
    />,
    root,
  );
}
