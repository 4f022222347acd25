/**
 * The daily job, run by chrome.alarms after each NYSE close (ALERTS_ALARM at nextAlertTime: the
 * close + a delay for providers to publish the final bar): refresh the benchmark, the small-cap proxy
 * and the active watchlist, then check alerts, then schedule the next run. A failed refresh keeps the
 * cached data (served stale); alerts run on whatever data there is.
 *
 * `notifications` is an optional permission: when alerts are on but it is not held (`canNotify` false),
 * the check is skipped altogether — the alert state is not advanced, so what nobody could see fires
 * once the permission is granted — and the refresh and the next run happen as usual.
 */
import { getDashboard } from './handlers/get-dashboard.ts';
import { refreshAll } from './handlers/refresh.ts';
import { type AlertDeps, type AlertNotification, checkAlerts } from './alerts.ts';
import type { WorkerCtx } from './deps.ts';

export interface AfterCloseDeps {
  store: AlertDeps['store'];
  notify(n: AlertNotification): Promise<void>;
  /** Whether notifying is allowed now (the optional `notifications` permission is held). */
  canNotify(): Promise<boolean>;
  schedule(when: number): void;
  nextRun(now: Date): number;
  now(): Date;
  /** The daily live valuation fetch (live-valuation.ts); its failure never stops the job. */
  refreshValuation?(): Promise<unknown>;
}

export interface AfterCloseResult {
  refreshed: number;
  notified: number;
  /** True when alerts are on but the `notifications` permission is missing (nothing was checked). */
  blocked: boolean;
}

export async function afterClose(ctx: WorkerCtx, deps: AfterCloseDeps): Promise<AfterCloseResult> {
  let refreshed = 0;
  let notified = 0;
  let blocked = false;
  try {
    refreshed = await refreshAll(ctx);
    await deps.refreshValuation?.().catch(() => undefined);
    const settings = await ctx.settings();
    blocked = settings.alerts.enabled && !(await deps.canNotify());
    if (!blocked) {
      const sent = await checkAlerts({
        settings,
        dashboard: (watchlistId) => getDashboard({ type: 'get-dashboard', watchlistId }, ctx),
        store: deps.store,
        notify: deps.notify,
      });
      notified = sent.length;
    }
  } finally {
    deps.schedule(deps.nextRun(deps.now()));
  }
  return { refreshed, notified, blocked };
}
