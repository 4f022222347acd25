/**
 * Popup entry: styles (bundled, no remote resources), then the kept last dashboard is asked for
 * (a storage read: last-dashboard.ts) while the dashboard's code loads (mount-popup.tsx), so the
 * read and the load overlap. This entry stays small for that reason: it imports nothing else.
 */
import '../ui/theme.css';
import './popup.css';
import { lastDashboardStore } from './last-dashboard.ts';

const root = document.getElementById('app');
if (root) {
  const store = lastDashboardStore();
  const cached = store.read();
  void import('./mount-popup.tsx').then(({ mountPopup }) => mountPopup(root, store, cached));
}
