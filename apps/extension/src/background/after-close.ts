/**
 * The daily job, run by chrome.alarms after each NYSE close (ALERTS_ALARM at nextAlertTime: the
 * close + a delay for providers to publish the final bar): refresh the benchmark, the small-cap proxy
 * and the active watchlist, then check alerts, then schedule the next run. A failed refresh keeps the
 * cached data (served stale); alerts run on whatever data there is.
 */
import { getDashboard } from './handlers/get-dashboard.ts';
import { refreshAll } from './handlers/refresh.ts';
import { type AlertDeps, type AlertNotification, checkAlerts } from './alerts.ts';
import type { WorkerCtx } from './deps.ts';

export interface AfterCloseDeps {
  store: AlertDeps['store'];
  notify(n: AlertNotification): Promise<void>;
  schedule(when: number): void;
  nextRun(now: Date): number;
  now(): Date;
}

export async function afterClose(ctx: WorkerCtx, deps: AfterCloseDeps): Promise<{ refreshed: number; notified: number }> {
  let refreshed = 0;
  let notified = 0;
  try {
    refreshed = await refreshAll(ctx);
    const settings = await ctx.settings();
    const sent = await checkAlerts({
      settings,
      dashboard: (watchlistId) => getDashboard({ type: 'get-dashboard', watchlistId }, ctx),
      store: deps.store,
      notify: deps.notify,
    });
    notified = sent.length;
  } finally {
    deps.schedule(deps.nextRun(deps.now()));
  }
  return { refreshed, notified };
}
