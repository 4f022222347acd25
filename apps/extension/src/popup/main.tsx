/**
 * Popup entry: styles (bundled, no remote resources), then the popup mounted on #app. Its first frame
 * waits for the kept last dashboard, so that read is imported first: it starts before the dashboard's
 * code is evaluated (kept-read.ts).
 */
import '../ui/theme.css';
import './popup.css';
import { keptRead, keptStore } from './kept-read.ts';
import { mountPopup } from './mount-popup.tsx';

const root = document.getElementById('app');
if (root) void mountPopup(root, keptStore, keptRead);
