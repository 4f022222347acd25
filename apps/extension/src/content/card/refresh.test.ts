// The stale discount's "Refresh reading" and "Add a reading" on the hover card (controller + valuation part).
import type { RotationReport } from '@rotation-lens/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DiscountView, OptionsSection, Reply, ValuationRefresh, ValuationRefreshResult } from '../../contracts/messages.ts';
import { LIVE_OFF_TEXT, refreshText } from '../../present/valuation/refresh-text.ts';
import { FRESH, sampleReports } from '../../test/views.ts';
import { createBadge } from '../badges/render.ts';
import { attachCard } from './controller.ts';

let report: RotationReport;
beforeAll(async () => {
  report = (await sampleReports(['AAPL'])).get('AAPL') as RotationReport;
});
afterEach(() => document.body.replaceChildren());

const STALE: DiscountView = { pe: 28.1, peLarge: 22.6, discount: 1 - 28.1 / 22.6, basis: 'forward', date: '2026-01-01', source: 'page', from: 'page', largeIndex: 'S&P 500', stale: true };
const FRESH_VIEW: DiscountView = { ...STALE, peLarge: 22, discount: 1 - 28.1 / 22, date: '2026-12-04', stale: false };

/** The worker's answer: the result with its words. */
const answered = (r: ValuationRefreshResult): Reply<ValuationRefresh> => ({ ok: true, data: { ...r, text: refreshText(r) } });

/** A card whose data the "page" replaces when the refresh answers fresh, as the page session does. */
function setup(answer: Reply<ValuationRefresh>) {
  let discount = STALE;
  const opened: (OptionsSection | undefined)[] = [];
  let asked = 0;
  const h = createBadge(document, 'discount', 'AAPL');
  document.body.append(h.host);
  const ctl = attachCard(h, () => ({
    report, stamp: FRESH, discount, onOpen: (section) => void opened.push(section),
    refreshValuation: async () => {
      asked++;
      if (answer.ok && answer.data.status === 'fresh') discount = FRESH_VIEW;
      return answer;
    },
  }));
  ctl.open();
  const card = () => h.root.querySelector<HTMLElement>('.card')!;
  const button = (text: string) => [...card().querySelectorAll('button')].find((b) => b.textContent === text);
  return { ctl, card, button, opened, asked: () => asked };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('hover card: refreshing a stale discount', () => {
  it('a stale discount offers "Refresh reading" and "Add a reading" (options at the valuation section)', () => {
    const { card, button, opened } = setup(answered({ status: 'not-permitted' }));
    expect(card().textContent).toContain('Stale: as of 2026-01 (more than 45 days old)');
    expect(button('Refresh reading')).toBeDefined();
    button('Add a reading')!.click();
    expect(opened).toEqual(['valuation']);
  });

  it('a fresh reading: the card is rebuilt in place, no stale mark, the new date said; it stays open', async () => {
    const s = setup(answered({ status: 'fresh', date: '2026-12-04', source: 'Yahoo Finance, forward P/E' }));
    const before = s.card();
    s.button('Refresh reading')!.focus();
    s.button('Refresh reading')!.click();
    s.button('Refresh reading')!.click();
    expect(s.button('Refresh reading')?.getAttribute('aria-disabled')).toBe('true');
    expect(s.button('Refresh reading')?.disabled).toBe(false); // a disabled focused button would blur and close the card
    await settle();
    expect(s.asked()).toBe(1);
    expect(s.ctl.isOpen).toBe(true);
    expect(s.card()).toBe(before);
    const text = s.card().textContent ?? '';
    expect(text).not.toContain('Stale');
    expect(text).toContain('S&P 500 forward P/E22.0 (2026-12)');
    expect(s.card().querySelector('output')?.textContent).toBe('Updated: reading of 2026-12-04 (Yahoo Finance, forward P/E).');
    expect(s.button('Refresh reading')).toBeUndefined();
  });

  it('not allowed: says where to turn live readings on, keeps the stale mark and "Add a reading"', async () => {
    const s = setup(answered({ status: 'not-permitted' }));
    s.button('Refresh reading')!.click();
    await settle();
    expect(s.card().querySelector('output')?.textContent).toBe(LIVE_OFF_TEXT);
    expect(s.card().textContent).toContain('Stale: as of 2026-01');
    expect(s.button('Add a reading')).toBeDefined();
  });

  it('a failure: the reason in words, the last reading stays; the answer goes when the card closes', async () => {
    const s = setup(answered({ status: 'failed', message: 'yahoo: network error', lastDate: '2026-10-01' }));
    s.button('Refresh reading')!.click();
    await settle();
    expect(s.card().querySelector('output')?.textContent).toBe('Could not refresh (yahoo: network error); the reading of 2026-10-01 stays.');
    s.ctl.close();
    s.ctl.open();
    expect(s.card().querySelector('output')).toBeNull();
  });
});
