import { describe, expect, it } from 'vitest';
import type { DashboardView } from '../contracts/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import { makeDashboard, makeReport } from '../test/dashboard-fixture.ts';
import { type AlertDeps, type AlertNotification, type AlertState, checkAlerts, nextAlertTime, runStart } from './alerts.ts';

function harness(settingsPatch: Partial<Settings['alerts']> = {}) {
  const settings: Settings = { ...structuredClone(DEFAULT_SETTINGS), alerts: { enabled: true, streakN: 5, regimeChange: true, ...settingsPatch } };
  let view: DashboardView = makeDashboard();
  let stored: AlertState | undefined;
  const notified: AlertNotification[] = [];
  const deps: AlertDeps = {
    settings,
    dashboard: async () => structuredClone(view),
    store: {
      get: async () => stored,
      set: async (s) => {
        stored = structuredClone(s);
      },
    },
    notify: async (n) => void notified.push(n),
  };
  return {
    deps,
    notified,
    setView: (fn: (v: DashboardView) => void) => {
      view = makeDashboard();
      fn(view);
    },
    state: () => stored,
  };
}

describe('checkAlerts', () => {
  it('does nothing when alerts are off (the default)', async () => {
    const h = harness({ enabled: false });
    expect(await checkAlerts(h.deps)).toEqual([]);
    expect(h.state()).toBeUndefined();
  });

  it('notifies a streak reaching N once per run, in both directions', async () => {
    const h = harness();
    const first = await checkAlerts(h.deps);
    // Fixture: SOFI +7 and NVDA −6 reach N=5; IWM +3 and AAPL −2 do not.
    expect(first.map((n) => n.title)).toEqual(['NVDA: 6-session streak', 'SOFI: 7-session streak']);
    expect(first[0]!.message).toMatch(/NVDA trailed SPY 6 sessions in a row \(since 2024-09-05/);
    expect(await checkAlerts(h.deps)).toEqual([]);
    // Next session, same run continues: silent.
    h.setView((v) => {
      v.context.stamp.asOf = '2024-09-13';
      v.rows[3]!.streak = 8;
      v.rows[2]!.streak = -7;
    });
    expect(await checkAlerts(h.deps)).toEqual([]);
    expect(h.notified).toHaveLength(2);
  });

  it('fires again for a new run after the streak broke', async () => {
    const h = harness();
    await checkAlerts(h.deps);
    h.setView((v) => {
      v.context.stamp.asOf = '2024-09-13';
      v.rows[3]!.streak = -1;
    });
    await checkAlerts(h.deps);
    h.setView((v) => {
      v.context.stamp.asOf = '2024-09-23';
      v.rows[3]!.streak = 5;
    });
    const again = await checkAlerts(h.deps);
    expect(again.map((n) => n.title)).toContain('SOFI: 5-session streak');
  });

  it('a new same-direction run seen only after missed checks still fires (run start differs)', async () => {
    const h = harness();
    await checkAlerts(h.deps);
    h.setView((v) => {
      v.context.stamp.asOf = '2024-10-11';
      v.rows[3]!.streak = 9;
    });
    expect((await checkAlerts(h.deps)).map((n) => n.title)).toContain('SOFI: 9-session streak');
  });

  it('regime change: first check records, a change notifies once', async () => {
    const h = harness({ streakN: 50 });
    expect(await checkAlerts(h.deps)).toEqual([]);
    expect(h.state()?.lastRegime).toBe('small-cap leadership');
    h.setView((v) => {
      v.context.report = makeReport({ regime: { ...makeReport().regime, label: 'neutral' } });
    });
    const changed = await checkAlerts(h.deps);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.message).toBe('Now: neutral (was small-cap leadership).');
    expect(await checkAlerts(h.deps)).toEqual([]);
  });

  it('regime alerts can be off while streak alerts are on', async () => {
    const h = harness({ regimeChange: false, streakN: 50 });
    await checkAlerts(h.deps);
    h.setView((v) => {
      v.context.report = makeReport({ regime: { ...makeReport().regime, label: 'neutral' } });
    });
    expect(await checkAlerts(h.deps)).toEqual([]);
  });

  it('a symbol in two watchlists is notified once; a failing dashboard is skipped', async () => {
    const h = harness();
    h.deps.settings.watchlists.push({ id: 'b', name: 'B', symbols: ['SOFI'] }, { id: 'bad', name: 'Bad', symbols: ['X'] });
    const base = h.deps.dashboard;
    h.deps.dashboard = async (id) => (id === 'bad' ? Promise.reject(new Error('offline')) : base(id));
    const out = await checkAlerts(h.deps);
    expect(out.filter((n) => n.title.startsWith('SOFI'))).toHaveLength(1);
  });
});

describe('schedule helpers', () => {
  it('runStart steps back over weekends and holidays', () => {
    expect(runStart('2024-09-12', 1)).toBe('2024-09-12');
    expect(runStart('2024-09-12', -6)).toBe('2024-09-05');
    expect(runStart('2024-09-03', 2)).toBe('2024-08-30'); // Labor Day 2024-09-02
  });

  it('nextAlertTime is 30 min after the next NYSE close', () => {
    // Thu 2024-09-12 12:00 New York (16:00Z) → same day 16:30 EDT = 20:30Z
    expect(new Date(nextAlertTime(new Date('2024-09-12T16:00:00Z'))).toISOString()).toBe('2024-09-12T20:30:00.000Z');
    // Fri after the check → Monday
    expect(new Date(nextAlertTime(new Date('2024-09-13T21:00:00Z'))).toISOString()).toBe('2024-09-16T20:30:00.000Z');
    // Day after Thanksgiving closes at 13:00
    expect(new Date(nextAlertTime(new Date('2024-11-29T12:00:00Z'))).toISOString()).toBe('2024-11-29T18:30:00.000Z');
  });
});
