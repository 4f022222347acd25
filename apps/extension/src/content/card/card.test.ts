import type { RotationReport } from '@rotation-lens/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiscountView } from '../../contracts/messages.ts';
import { FRESH, sampleReports } from '../../test/views.ts';
import { buildCard } from './card.ts';

let report: RotationReport;
beforeAll(async () => {
  report = (await sampleReports(['JPM'])).get('JPM') as RotationReport;
});

const SP600: DiscountView = { pe: 15.6, peLarge: 22.6, discount: 1 - 15.6 / 22.6, basis: 'forward', date: '2026-01-01', source: 'Weighted forward P/E (analyst consensus)', from: 'reading', smallIndex: 'S&P 600', largeIndex: 'S&P 500' };
const card = (over: Partial<Parameters<typeof buildCard>[1]> = {}) => buildCard(document, { report, stamp: FRESH, onOpen: () => undefined, ...over });
const withRegime = (label: RotationReport['regime']['label']) => ({ ...report, regime: { ...report.regime, label } });

describe('hover card content', () => {
  it("a proxy's valuation names the two indices and the reading, not the proxy's own P/E", () => {
    const text = card({ discount: SP600, market: true }).textContent ?? '';
    expect(text).toContain('S&P 600 vs S&P 500 forward P/E (reading of 2026-01): 15.6 vs 22.6 — 31% discount');
    expect(text).toContain('Source: Weighted forward P/E (analyst consensus)');
    expect(text).not.toContain('P/E (forward)');
  });

  it("a ticker's valuation: this page's P/E vs the benchmark P/E of the same basis, premium spelled out", () => {
    const page: DiscountView = { pe: 33.9, peLarge: 27.3, discount: 1 - 33.9 / 27.3, basis: 'trailing', date: '2026-12-04', source: 'page', from: 'page', largeIndex: 'SPY' };
    const text = card({ discount: page }).textContent ?? '';
    expect(text).toContain('Trailing P/E on this page33.9');
    expect(text).toContain('SPY trailing P/E27.3 (2026-12)');
    expect(text).toContain('24% premium to the SPY');
    expect(text).not.toContain('Stale');
  });

  it('both P/Es of the page, each with its own benchmark reading; a stale one says so', () => {
    const alternate: DiscountView = { pe: 33.9, peLarge: 27.3, discount: 1 - 33.9 / 27.3, basis: 'trailing', date: '2026-12-04', source: 'page', from: 'page', largeIndex: 'SPY' };
    const forward: DiscountView = { pe: 28.1, peLarge: 22.6, discount: 1 - 28.1 / 22.6, basis: 'forward', date: '2026-01-01', source: 'page', from: 'page', largeIndex: 'S&P 500', stale: true, alternate };
    const text = card({ discount: forward }).textContent ?? '';
    expect(text).toContain('Forward P/E on this page28.1');
    expect(text).toContain('S&P 500 forward P/E22.6 (2026-01)');
    expect(text).toContain('Stale: as of 2026-01 (more than 45 days old)');
    expect(text).toContain('Trailing P/E on this page33.9');
  });

  it('regime: the market label for the context, plain "who leads" for a ticker', () => {
    expect(card({ report: withRegime('large-cap leadership'), market: true }).textContent).toContain('Regimelarge-cap leadership');
    expect(card({ report: withRegime('small-cap leadership') }).textContent).toContain('LeadershipJPM leads SPY');
    expect(card({ report: withRegime('large-cap leadership') }).textContent).toContain('LeadershipSPY leads JPM');
    expect(card({ report: withRegime('neutral') }).textContent).toContain('Leadershipno clear leader');
  });

  it('streak: "longest since" on its own line, only for runs of 2+', () => {
    const long = card({ report: { ...report, streak: { sessions: -3, longestSince: '2024-09-06', startedOn: '2024-09-10' } } }).textContent ?? '';
    expect(long).toContain('Streak▼ 3 sessions trailing SPY');
    expect(long).toContain('Longest run since2024-09-06');
    const one = card({ report: { ...report, streak: { sessions: 1, longestSince: '2024-09-04', startedOn: '2024-09-12' } } }).textContent ?? '';
    expect(one).not.toContain('Longest run');
  });

  it("the streak study's line beside a streak of 2+ only, and the record line under the heading", () => {
    const notes = { record: 'JPM: first record close since 2021-11-08', streakStudy: 'JPM beat SPY 3+ sessions running 40 times since 2000' };
    const run = { sessions: 3, longestSince: '2024-09-06', startedOn: '2024-09-10' };
    const c = card({ report: { ...report, streak: run }, notes });
    expect(c.querySelector('h2 + p')?.textContent).toBe(notes.record);
    expect([...c.querySelectorAll('p.study')].map((p) => p.textContent)).toEqual([notes.streakStudy]);
    const one = card({ report: { ...report, streak: { ...run, sessions: 1 } }, notes });
    expect(one.querySelector('p.study')).toBeNull();
  });
});
