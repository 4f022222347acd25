/**
 * Popup entry: styles (bundled, no remote resources), then the popup mounted on #app. Its first frame
 * waits for the kept last dashboard, so that read is imported first: it starts before the dashboard's
 * code is evaluated (kept-read.ts). The built page loads this module with `async`
 * (popup-page.plugin.ts): it runs as soon as it arrives, without waiting for the stylesheet, so the
 * read and the first render are done by the time the page can paint. #app is in the page's first
 * bytes, so it is there by then; were it not, the popup mounts once the page is parsed.
 */
import '../ui/theme.css';
import './popup.css';
import { keptRead, keptStore } from './kept-read.ts';
import { mountPopup } from './mount-popup.tsx';

const mount = (root: HTMLElement | null) => {
  if (root) void mountPopup(root, keptStore, keptRead);
};
const root = document.getElementById('app');
if (root) mount(root);
else document.addEventListener('DOMContentLoaded', () => mount(document.getElementById('app')), { once: true });
