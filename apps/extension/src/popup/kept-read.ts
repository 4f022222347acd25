/**
 * The popup's kept-dashboard read, started as this module is evaluated. The entry (main.tsx)
 * imports it before the dashboard's code, so the storage calls (answered by the browser process)
 * are under way while the rest of the popup's module is still being evaluated: the first frame waits
 * for that read (mount-popup.tsx). Both moments are marked for `pnpm bench` (perf-marks.ts).
 */
import { lastDashboardStore } from './last-dashboard.ts';
import { POPUP_MARKS } from './perf-marks.ts';

performance.mark(POPUP_MARKS.module);
export const keptStore = lastDashboardStore();
export const keptRead = keptStore.read();
void keptRead.then(() => performance.mark(POPUP_MARKS.keptRead));
