/**
 * Popup entry: styles (bundled, no remote resources), then the popup mounted on #app. Its first frame
 * waits for the kept last dashboard (a storage read: last-dashboard.ts), so that read starts first.
 */
import '../ui/theme.css';
import './popup.css';
import { lastDashboardStore } from './last-dashboard.ts';
import { mountPopup } from './mount-popup.tsx';

const root = document.getElementById('app');
if (root) {
  const store = lastDashboardStore();
  void mountPopup(root, store, store.read());
}
