import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { type AfterCloseDeps, afterClose } from './after-close.ts';
import { type AlertNotification, type AlertState, chromeCanNotify, chromeNotify } from './alerts.ts';
import { fakeCtx, sampleBars } from '../test/worker.ts';

/** Alerts on, one watchlist of AAPL; N = 1 (below the options' minimum) so any streak notifies. */
function alertsOn(): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.alerts = { enabled: true, streakN: 1, regimeChange: true };
  settings.watchlists[0] = { id: 'default', name: 'x', symbols: ['AAPL'] };
  return settings;
}

function jobDeps(canNotify: boolean) {
  let state: AlertState | undefined;
  const scheduled: number[] = [];
  const notified: AlertNotification[] = [];
  const deps: AfterCloseDeps = {
    store: {
      get: async () => state,
      set: async (s) => {
        state = s;
      },
    },
    notify: async (n) => void notified.push(n),
    canNotify: async () => canNotify,
    schedule: (when) => void scheduled.push(when),
    nextRun: () => 12345,
    now: () => new Date('2026-01-16T22:00:00Z'),
  };
  return { deps, scheduled, notified, state: () => state };
}

describe('after-close job', () => {
  it('refreshes, checks alerts with the dashboard, then schedules the next run', async () => {
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'IWM', 'AAPL']), settings: alertsOn() });
    const job = jobDeps(true);
    const result = await afterClose(ctx, job.deps);
    expect(result).toMatchObject({ refreshed: 3, blocked: false });
    expect(ctx.calls.filter((c) => c.opts?.forceRefresh).map((c) => c.symbol)).toEqual(['SPY', 'IWM', 'AAPL']);
    expect(job.state()).toBeDefined(); // checkAlerts ran and recorded what it saw
    expect(result.notified).toBe(1);
    expect(job.notified).toHaveLength(1);
    expect(job.scheduled).toEqual([12345]);
  });

  it('without the notifications permission: refreshes and reschedules, but neither notifies nor advances the alert state', async () => {
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'IWM', 'AAPL']), settings: alertsOn() });
    const job = jobDeps(false);
    expect(await afterClose(ctx, job.deps)).toEqual({ refreshed: 3, notified: 0, blocked: true });
    expect(job.notified).toEqual([]);
    expect(job.state()).toBeUndefined(); // what nobody saw fires once the permission is granted
    expect(job.scheduled).toEqual([12345]);
    // Granted later: the same data now notifies AAPL's streak.
    const granted = jobDeps(true);
    const after = await afterClose(ctx, granted.deps);
    expect(after).toMatchObject({ blocked: false, notified: 1 });
    expect(granted.notified.map((n) => n.title)).toEqual([expect.stringMatching(/^AAPL: \d+-session streak$/)]);
  });

  it('alerts off: the permission is not even asked about', async () => {
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'IWM']) });
    const job = jobDeps(true);
    let asked = 0;
    job.deps.canNotify = async () => ++asked > 0;
    expect(await afterClose(ctx, job.deps)).toMatchObject({ notified: 0, blocked: false });
    expect(asked).toBe(0);
  });

  it('schedules the next run even when the job fails', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    ctx.settings = async () => Promise.reject(new Error('storage gone'));
    const job = jobDeps(true);
    job.deps.nextRun = () => 1;
    await expect(afterClose(ctx, job.deps)).rejects.toThrow('storage gone');
    expect(job.scheduled).toEqual([1]);
  });
});

describe('the worker’s chrome notifier', () => {
  let fake: ChromeFake | undefined;
  afterEach(() => {
    fake?.uninstall();
    fake = undefined;
  });
  const note: AlertNotification = { id: 'rotation-lens:test', title: 'T', message: 'M' };

  it('without the permission: cannot notify, and notifying is a silent no-op (chrome.notifications is undefined)', async () => {
    fake = installChromeFake();
    expect(chrome.notifications).toBeUndefined();
    expect(await chromeCanNotify()).toBe(false);
    await expect(chromeNotify(note)).resolves.toBeUndefined();
    expect(fake.notifications).toEqual([]);
  });

  it('with the permission: checks chrome.permissions and creates a basic notification with the icon', async () => {
    fake = installChromeFake({ granted: ['notifications'] });
    expect(await chromeCanNotify()).toBe(true);
    await chromeNotify(note);
    expect(fake.notifications).toEqual([{ id: note.id, options: expect.objectContaining({ type: 'basic', title: 'T', message: 'M' }) }]);
    expect(String(fake.notifications[0]!.options['iconUrl'])).toMatch(/^data:image\/png;base64,/);
  });

  it('a permission removed while the worker runs: cannot notify any more', async () => {
    fake = installChromeFake({ granted: ['notifications'] });
    await chrome.permissions.remove({ permissions: ['notifications'] });
    expect(await chromeCanNotify()).toBe(false);
  });

  it('no chrome at all (node): never throws', async () => {
    expect(await chromeCanNotify()).toBe(false);
    await expect(chromeNotify(note)).resolves.toBeUndefined();
  });
});
