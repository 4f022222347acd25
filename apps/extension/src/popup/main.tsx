/** Popup entry: mounts the dashboard. Styles are bundled (no remote resources). */
import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { Popup } from './Popup.tsx';

const root = document.getElementById('app');
if (root) {
  const started = performance.now();
  render(
    <Popup
      onReady={() => {
        // Visible to e2e (Chromium) for the < 150 ms first-render check.
        root.dataset['firstRenderMs'] = String(Math.round(performance.now() - started));
      }}
    />,
    root,
  );
}
