import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import { afterClose } from './after-close.ts';
import type { AlertState } from './alerts.ts';
import { fakeCtx, sampleBars } from './test-support.ts';

describe('after-close job', () => {
  it('refreshes, checks alerts with the dashboard, then schedules the next run', async () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.alerts = { enabled: true, streakN: 2, regimeChange: true };
    settings.watchlists[0] = { id: 'default', name: 'x', symbols: ['AAPL'] };
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'IWM', 'AAPL']), settings });
    let state: AlertState | undefined;
    const scheduled: number[] = [];
    const result = await afterClose(ctx, {
      store: {
        get: async () => state,
        set: async (s) => {
          state = s;
        },
      },
      notify: async () => undefined,
      schedule: (when) => void scheduled.push(when),
      nextRun: () => 12345,
      now: () => new Date('2026-01-16T22:00:00Z'),
    });
    expect(result.refreshed).toBe(3);
    expect(ctx.calls.filter((c) => c.opts?.forceRefresh).map((c) => c.symbol)).toEqual(['SPY', 'IWM', 'AAPL']);
    expect(state).toBeDefined(); // checkAlerts ran and recorded what it saw
    expect(scheduled).toEqual([12345]);
  });

  it('schedules the next run even when the job fails', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    ctx.settings = async () => Promise.reject(new Error('storage gone'));
    const scheduled: number[] = [];
    await expect(
      afterClose(ctx, { store: { get: async () => undefined, set: async () => undefined }, notify: async () => undefined, schedule: (w) => void scheduled.push(w), nextRun: () => 1, now: () => new Date() }),
    ).rejects.toThrow('storage gone');
    expect(scheduled).toEqual([1]);
  });
});
