/**
 * Alerts (off by default): after the close, notify when a watchlist symbol's streak against the
 * benchmark reaches N sessions, or when the regime verdict changes.
 *
 * The background worker wires this to chrome.alarms (ALERTS_ALARM, at nextAlertTime) and calls
 * checkAlerts(deps). Everything with side effects is injected, so the logic is tested without chrome.
 * Dedupe invariants:
 *  - a streak alert fires once per RUN: its key is symbol + direction + the session the run started on
 *    (asOf stepped back |streak| − 1 NYSE sessions), so re-checking the same day or the next days of the
 *    same run is silent, and a new run (even in the same direction) fires again;
 *  - a regime alert fires when the label differs from the last label seen; the first check only records
 *    it (there is no "change" without a previous verdict).
 */
import type { RegimeLabel } from '@rotation-lens/core';
import { isTradingDay, newYorkDate, nextSession, previousSession, sessionClose } from '@rotation-lens/market-data';
import type { DashboardView } from '../contracts/messages.ts';
import { hasNotifications } from '../permissions/notifications-permission.ts';
import type { Settings } from '../settings/schema.ts';

export const ALERTS_ALARM = 'rotation-lens-alerts';
export const ALERTS_STATE_KEY = 'alertsState';
/** Minutes after the close before checking: providers publish the final daily bar with a delay. */
export const CHECK_DELAY_MINUTES = 30;

export interface AlertState {
  /** Streak keys already notified, by symbol (only the current run's key is kept). */
  streaks: Record<string, string>;
  lastRegime: RegimeLabel | null;
}

export interface AlertNotification {
  id: string;
  title: string;
  message: string;
}

export interface AlertDeps {
  settings: Settings;
  dashboard(watchlistId: string): Promise<DashboardView>;
  store: { get(): Promise<AlertState | undefined>; set(state: AlertState): Promise<void> };
  notify(n: AlertNotification): Promise<void>;
}

/** The session a run of `sessions` sessions ending on `asOf` started on. */
export function runStart(asOf: string, sessions: number): string {
  let d = asOf;
  for (let i = 1; i < Math.abs(sessions); i++) d = previousSession(d);
  return d;
}

/** Returns what was notified (empty when alerts are off or nothing is new). */
export async function checkAlerts(deps: AlertDeps): Promise<AlertNotification[]> {
  const { settings } = deps;
  if (!settings.alerts.enabled) return [];
  const previous = (await deps.store.get()) ?? { streaks: {}, lastRegime: null };
  const state: AlertState = { streaks: { ...previous.streaks }, lastRegime: previous.lastRegime };
  const out: AlertNotification[] = [];
  const n = settings.alerts.streakN;
  const seen = new Set<string>();

  let regime: RegimeLabel | null = null;
  let bench: string = settings.comparison.benchmark;
  for (const list of settings.watchlists) {
    const view = await deps.dashboard(list.id).catch(() => null);
    if (!view) continue;
    regime ??= view.context.report.regime.label;
    bench = view.context.report.large;
    const asOf = view.context.stamp.asOf;
    for (const row of view.rows) {
      if (seen.has(row.symbol) || row.streak === null || row.error) continue;
      seen.add(row.symbol);
      if (Math.abs(row.streak) < n) {
        delete state.streaks[row.symbol];
        continue;
      }
      const start = safeRunStart(asOf, row.streak);
      const key = `${row.streak > 0 ? '+' : '-'}:${start}`;
      if (state.streaks[row.symbol] === key) continue;
      state.streaks[row.symbol] = key;
      const verb = row.streak > 0 ? 'beat' : 'trailed';
      out.push({
        id: `rotation-lens:streak:${row.symbol}:${key}`,
        title: `${row.symbol}: ${Math.abs(row.streak)}-session streak`,
        message: `${row.symbol} ${verb} ${bench} ${Math.abs(row.streak)} sessions in a row (since ${start}, as of ${asOf}).`,
      });
    }
  }

  if (regime) {
    if (settings.alerts.regimeChange && state.lastRegime && state.lastRegime !== regime) {
      out.push({
        id: `rotation-lens:regime:${regime}:${Date.now()}`,
        title: 'Rotation regime changed',
        message: `Now: ${regime} (was ${state.lastRegime}).`,
      });
    }
    state.lastRegime = regime;
  }

  // Persist before notifying: a crash between the two loses a notification rather than repeating it.
  await deps.store.set(state);
  for (const note of out) await deps.notify(note);
  return out;
}

function safeRunStart(asOf: string, sessions: number): string {
  try {
    return runStart(asOf, sessions);
  } catch {
    return `${asOf}/${Math.abs(sessions)}`;
  }
}

/** Epoch ms of the next check: CHECK_DELAY_MINUTES after the next NYSE close at or after `now`. */
export function nextAlertTime(now: Date): number {
  const delay = CHECK_DELAY_MINUTES * 60_000;
  let day = newYorkDate(now);
  if (!isTradingDay(day) || sessionClose(day).getTime() + delay <= now.getTime()) day = nextSession(day);
  return sessionClose(day).getTime() + delay;
}

/** chrome.storage.local-backed state store for the worker. */
export const chromeAlertStore: AlertDeps['store'] = {
  async get() {
    const got = await chrome.storage.local.get(ALERTS_STATE_KEY);
    return got[ALERTS_STATE_KEY] as AlertState | undefined;
  },
  async set(state) {
    await chrome.storage.local.set({ [ALERTS_STATE_KEY]: state });
  },
};

/** 48×48 PNG (two bars, small vs large) inlined: notifications need an icon and the build ships none. */
export const ALERT_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAVklEQVR42u3YoRUAEABAQZMImhnsYhi7WUmlikTehT/A1R9iLvPlAgAAAAAAAMBFpY2jAAAAAAAAAPZSr0cBAAAAAAAAAAAAAAAAAPwGsNcBAAAAvgQsXp+Hphq6WbgAAAAASUVORK5CYII=';

/**
 * Whether the worker may show a notification now: `notifications` is optional (asked for when alerts are
 * turned on), so it may be missing — never granted, refused, removed, or settings synced from a device
 * where it was granted. Without it Chrome leaves chrome.notifications undefined.
 */
export async function chromeCanNotify(): Promise<boolean> {
  if (typeof globalThis.chrome?.notifications?.create !== 'function') return false;
  return hasNotifications();
}

/** chrome.notifications-backed notifier for the worker; a no-op (never a throw) without the API. */
export async function chromeNotify(n: AlertNotification): Promise<void> {
  const api = globalThis.chrome?.notifications;
  if (typeof api?.create !== 'function') return;
  await api.create(n.id, {
    type: 'basic',
    iconUrl: ALERT_ICON,
    title: n.title,
    message: n.message,
  });
}
