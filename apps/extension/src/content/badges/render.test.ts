import type { RotationReport } from '@rotation-lens/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { discountModel } from '../../present/badges/discount.ts';
import { arrow, formatPercent, formatPoints } from '@rotation-lens/present';
import { errorModel, loadingModel } from '../../present/badges/loading.ts';
import { createBadge, HOST_ATTR, removeAllBadges, renderBadge } from './render.ts';
import { rotationModel } from '../../present/badges/rotation.ts';
import { rsModel } from '../../present/badges/rs.ts';
import { streakModel } from '../../present/badges/streak.ts';
import { contextOf, FRESH, okView, sampleReports } from '../../test/views.ts';

let aapl: RotationReport;
let iwm: RotationReport;
beforeAll(async () => {
  const r = await sampleReports(['AAPL', 'IWM']);
  aapl = r.get('AAPL') as RotationReport;
  iwm = r.get('IWM') as RotationReport;
});

const text = (root: ShadowRoot) => root.querySelector('.b')?.textContent ?? '';

describe('badge rendering', () => {
  it('a host span with an open shadow root and a focusable role=button', () => {
    const h = createBadge(document, 'rs', 'AAPL');
    expect(h.host.tagName).toBe('SPAN');
    expect(h.host.getAttribute(HOST_ATTR)).toBe('badge');
    expect(h.host.shadowRoot).toBe(h.root);
    expect(h.button.getAttribute('role')).toBe('button');
    expect(h.button.tabIndex).toBe(0);
    expect(h.root.querySelector('style')?.textContent).toContain(':host{all:initial');
  });

  it("RS: core's ratio change for the user's window, arrow + sign, aria sentence", () => {
    const h = createBadge(document, 'rs', 'AAPL');
    renderBadge(h, rsModel(okView(aapl), DEFAULT_SETTINGS, 'full'));
    const change = aapl.relativeStrength.change['3M'];
    expect(text(h.root)).toBe(`${arrow(change)} RS ${formatPercent(change)} 3M`);
    expect(h.button.getAttribute('aria-label')).toMatch(/^AAPL relative strength versus SPY over 3M: (up|down) \d+\.\d%\. Data as of/);
    expect(h.button.className).toContain(change !== null && change > 0 ? 'up' : 'down');
    const six = structuredClone(DEFAULT_SETTINGS);
    six.comparison.rsWindow = '6M';
    renderBadge(h, rsModel(okView(aapl), six, 'compact'));
    expect(text(h.root)).toBe(`${arrow(aapl.relativeStrength.change['6M'])} RS ${formatPercent(aapl.relativeStrength.change['6M'])}`);
  });

  it('states are distinct in text, not only colour', () => {
    const h = createBadge(document, 'rs', 'X');
    const seen = new Set<string>();
    const show = (m: Parameters<typeof renderBadge>[1]) => {
      renderBadge(h, m);
      seen.add(text(h.root));
      return h.button.dataset.state;
    };
    expect(show(loadingModel('rs'))).toBe('loading');
    expect(h.button.getAttribute('aria-busy')).toBe('true');
    expect(text(h.root)).toBe('RS …');
    expect(show(rsModel({ status: 'unknown', symbol: 'ZZZZ', message: 'unknown' }, DEFAULT_SETTINGS, 'full'))).toBe('unknown');
    expect(text(h.root)).toBe('RS n/a — unknown symbol');
    expect(h.button.hasAttribute('aria-busy')).toBe(false);
    expect(show(rsModel({ status: 'error', symbol: 'X', message: 'yahoo: unavailable' }, DEFAULT_SETTINGS, 'full'))).toBe('error');
    expect(text(h.root)).toBe('RS erroryahoo: unavailable');
    expect(show(rsModel(okView(aapl, { ...FRESH, stale: true }), DEFAULT_SETTINGS, 'full'))).toBe('stale');
    expect(h.root.querySelector('.n')?.textContent).toBe('as of 2026-01-16 · stale');
    expect(show(rsModel(okView(aapl, { ...FRESH, offline: true }), DEFAULT_SETTINGS, 'full'))).toBe('offline');
    expect(h.root.querySelector('.n')?.textContent).toBe('as of 2026-01-16 · offline');
    show(rsModel(okView(aapl, { ...FRESH, simulated: true }), DEFAULT_SETTINGS, 'full'));
    expect(h.root.querySelector('.n.sim')?.textContent).toBe('SIMULATED');
    expect(h.button.getAttribute('aria-label')).toContain('simulated data');
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });

  it('discount: page P/E vs S&P, reading with its date for proxies, quiet n/a otherwise', () => {
    const page = discountModel(
      okView(aapl, FRESH, { pe: 14.12, peLarge: 22.6, discount: 1 - 14.12 / 22.6, basis: 'trailing', date: '2026-01-15', source: 's', from: 'page' }),
      'full',
    );
    expect(page.text).toBe('P/E 14.1 · 38% below S&P');
    const prem = discountModel(okView(aapl, FRESH, { pe: 30, peLarge: 22.6, discount: 1 - 30 / 22.6, basis: 'forward', date: null, source: 's', from: 'page' }), 'full');
    expect(prem.text).toBe('fwd P/E 30.0 · 33% above S&P');
    // A stale reading says its month on the badge; a page with both P/Es names the other in the label.
    const stale = discountModel(
      okView(aapl, FRESH, {
        pe: 28.1, peLarge: 22.6, discount: 1 - 28.1 / 22.6, basis: 'forward', date: '2026-01-01', source: 's', from: 'page', stale: true,
        alternate: { pe: 33.9, peLarge: 27.3, discount: 1 - 33.9 / 27.3, basis: 'trailing', date: '2026-12-04', source: 's', from: 'page', largeIndex: 'SPY' },
      }),
      'full',
    );
    expect(stale.text).toBe('fwd P/E 28.1 · 24% above S&P · as of Jan 2026');
    const alone = discountModel({ ...okView(aapl, FRESH, null), pagePe: { pe: 33.86, basis: 'trailing' } } as ReturnType<typeof okView>, 'full');
    expect(alone.text).toBe('P/E 33.9');
    expect(alone.label).toContain('no S&P 500 trailing P/E reading to compare it with');
    expect(stale.label).toContain('the S&P 500 forward P/E of 22.6 (2026-01-01, stale); trailing P/E 33.9: 24% above the SPY trailing P/E of 27.3 (2026-12-04)');
    const sp600 = { pe: 15.6, peLarge: 22.6, discount: 0.3097, basis: 'forward', date: '2026-01-01', source: 'FactSet', from: 'reading', smallIndex: 'S&P 600', largeIndex: 'S&P 500' } as const;
    const reading = discountModel(okView(iwm, FRESH, sp600), 'full');
    // Labelled as the small caps' reading (not IWM's own P/E), short: the source goes to the card only.
    expect(reading.text).toBe('Small caps 31% below S&P 500 · fwd P/E 15.6 vs 22.6 · Jan 2026');
    expect(reading.note).toBeUndefined();
    expect(reading.label).toContain('S&P 600 forward P/E 15.6 versus S&P 500 22.6');
    expect(reading.label).toContain("Not IWM's own P/E");
    expect(discountModel(okView(iwm, FRESH, sp600), 'compact').text).toBe('Small caps fwd P/E 31% below');
    expect(discountModel(okView(iwm, FRESH, { ...sp600, date: null, discount: -0.05, basis: 'trailing' }), 'full').text).toBe('Small caps 5% above S&P 500 · P/E 15.6 vs 22.6');
    const none = discountModel(okView(aapl), 'full');
    expect(none).toMatchObject({ text: 'P/E n/a', tone: 'quiet' });
    expect(discountModel({ status: 'unknown', symbol: 'Q', message: '' }, 'full').text).toBe('P/E n/a');
  });

  it('streak: direction word, longest since, highlight at the threshold', () => {
    const view = okView({ ...aapl, streak: { sessions: 5, longestSince: '2025-03-14', startedOn: '2026-01-12' } });
    const m = streakModel(view, DEFAULT_SETTINGS, 'full');
    expect(m.text).toBe('▲ 5 sessions beating SPY · longest since 2025-03-14');
    expect(m.highlight).toBe(true);
    const down = streakModel(okView({ ...aapl, streak: { sessions: -2, longestSince: null, startedOn: '2026-01-15' } }), DEFAULT_SETTINGS, 'full');
    expect(down.text).toBe('▼ 2 sessions trailing SPY');
    expect(down.highlight).toBe(false);
    expect(streakModel(view, DEFAULT_SETTINGS, 'compact').text).toBe('▲ 5 vs SPY');
    const one = streakModel(okView({ ...aapl, streak: { sessions: 1, longestSince: '2026-01-14', startedOn: '2026-01-16' } }), DEFAULT_SETTINGS, 'full');
    expect(one.text).toBe('▲ 1 session beating SPY');
    const h = createBadge(document, 'streak', 'AAPL');
    renderBadge(h, m);
    expect(h.button.className).toContain('hl');
  });

  it('rotation: proxy vs benchmark regime, who led the latest sessions, YTD spread in points', () => {
    const withStreak = (sessions: number) => contextOf({ ...iwm, streak: { sessions, longestSince: null, startedOn: '2026-01-16' } });
    const m = rotationModel(withStreak(1), 'full');
    const ytd = formatPoints(iwm.relativeStrength.spread.YTD);
    expect(ytd).toMatch(/^([+−]\d+\.\d|0\.0) pts$/);
    expect(m.text).toBe(`IWM vs SPY: ${iwm.regime.label} · IWM ahead last session · YTD ${ytd}`);
    expect(rotationModel(withStreak(-3), 'full').text).toContain(' · IWM behind 3 sessions · ');
    expect(rotationModel(withStreak(0), 'full').text).toContain(' · IWM even with SPY · ');
    expect(m.text).not.toMatch(/[▲▼]/);
    expect(m.label).toContain('Market rotation, IWM versus SPY');
    expect(rotationModel(contextOf(iwm), 'compact').text).toMatch(/^IWM\/SPY: (small caps lead|large caps lead|neutral)$/);
    expect(rotationModel(null, 'full')).toMatchObject({ state: 'error', text: 'Rotation n/a' });
  });

  it('stale / offline / simulated data: every badge kind shows the same marker and state', () => {
    const stale = { ...FRESH, stale: true };
    const offline = { ...FRESH, offline: true, simulated: true };
    const sp600 = { pe: 15.6, peLarge: 22.6, discount: 0.31, basis: 'forward' as const, date: '2026-01-15', source: 'S', from: 'reading' as const };
    const models = (stamp: typeof FRESH) => [
      rsModel(okView(aapl, stamp), DEFAULT_SETTINGS, 'full'),
      streakModel(okView(aapl, stamp), DEFAULT_SETTINGS, 'full'),
      streakModel(okView(aapl, stamp), DEFAULT_SETTINGS, 'compact'),
      discountModel(okView(aapl, stamp), 'full'),
      discountModel(okView(iwm, stamp, sp600), 'compact'),
      rotationModel(contextOf(iwm, stamp), 'full'),
    ];
    for (const m of models(stale)) {
      expect(m, m.kind).toMatchObject({ state: 'stale', note: 'as of 2026-01-16 · stale' });
      expect(m.label, m.kind).toContain('Data as of 2026-01-16, stale');
    }
    for (const m of models(offline)) expect(m, m.kind).toMatchObject({ state: 'offline', note: 'as of 2026-01-16 · offline · SIMULATED' });
    for (const m of models(FRESH)) expect(m, m.kind).toMatchObject({ state: 'ok' });
    for (const m of models(FRESH)) expect(m.note, m.kind).toBeUndefined();
  });

  it('error text is shortened and page text stays text', () => {
    const h = createBadge(document, 'rs', 'X');
    renderBadge(h, errorModel('rs', `<img src=x onerror=alert(1)>${'x'.repeat(200)}`));
    expect(h.root.querySelector('img')).toBeNull();
    expect((h.root.querySelector('.n')?.textContent ?? '').length).toBeLessThanOrEqual(80);
  });

  it('removeAllBadges removes every host', () => {
    const div = document.createElement('div');
    div.append(createBadge(document, 'rs', 'A').host, createBadge(document, 'rs', 'B').host);
    expect(removeAllBadges(div)).toBe(2);
    expect(div.childElementCount).toBe(0);
  });
});
