import type { RotationReport } from '@rotation-lens/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatNumber, formatPercent } from '@rotation-lens/present';
import { createBadge } from '../badges/render.ts';
import { FRESH, sampleReports } from '../../test/views.ts';
import { attachCard, CLOSE_DELAY_MS, placeCard } from './controller.ts';

let report: RotationReport;
beforeAll(async () => {
  report = (await sampleReports(['AAPL'])).get('AAPL') as RotationReport;
});
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

function setup(onOpen = () => undefined) {
  const h = createBadge(document, 'rs', 'AAPL');
  document.body.append(h.host);
  const ctl = attachCard(h, () => ({ report, stamp: { ...FRESH, stale: true, simulated: true }, discount: null, onOpen }));
  const card = () => h.root.querySelector<HTMLElement>('.card');
  return { h, ctl, card };
}
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

describe('hover card', () => {
  it('opens on hover, closes after leaving, inside the badge shadow root', () => {
    vi.useFakeTimers();
    const { h, ctl, card } = setup();
    h.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(ctl.isOpen).toBe(true);
    expect(card()?.parentNode).toBe(h.root);
    expect(h.button.getAttribute('aria-expanded')).toBe('true');
    h.host.dispatchEvent(new MouseEvent('mouseleave'));
    expect(ctl.isOpen).toBe(true); // grace period to move into the card
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 10);
    expect(ctl.isOpen).toBe(false);
    expect(card()).toBeNull();
    expect(h.button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on keyboard focus; Enter/Space toggle; Escape closes', () => {
    const { h, ctl } = setup();
    h.button.focus();
    expect(ctl.isOpen).toBe(true);
    key(h.button, 'Enter');
    expect(ctl.isOpen).toBe(false);
    key(h.button, ' ');
    expect(ctl.isOpen).toBe(true);
    key(h.button, 'Escape');
    expect(ctl.isOpen).toBe(false);
    expect(h.button.getAttribute('aria-expanded')).toBe('false');
  });

  it("shows core's numbers, source/as-of/stale/simulated, chart, and the open button sends", () => {
    let opened = 0;
    const { h, ctl, card } = setup(() => {
      opened++;
    });
    ctl.open();
    const text = card()?.textContent ?? '';
    expect(text).toContain('AAPL vs SPY');
    for (const w of ['1W', '1M', '3M', '6M', 'YTD', '1Y'] as const) {
      expect(text).toContain(formatPercent(report.relativeStrength.change[w]));
    }
    expect(text).toContain(`Mansfield RS${formatNumber(report.relativeStrength.mansfield, 1)}`);
    expect(text).toContain(`Beta${formatNumber(report.beta, 2)}`);
    expect(text).toContain(`RSI(14)AAPL ${formatNumber(report.rsi.small, 1)} · SPY ${formatNumber(report.rsi.large, 1)}`);
    expect(text).toContain('Prices: Yahoo Finance · as of 2026-01-16 · stale · SIMULATED');
    expect(card()?.querySelectorAll('svg polyline').length).toBeGreaterThanOrEqual(2);
    if (report.correlation.band5y) expect(card()?.querySelector('.band')).not.toBeNull();
    card()?.querySelector('button')?.click();
    expect(opened).toBe(1);
    expect(h.root.querySelector('.card')).not.toBeNull();
  });

  it('one card open per page', () => {
    const a = setup();
    const b = setup();
    a.ctl.open();
    b.ctl.open();
    expect(a.ctl.isOpen).toBe(false);
    expect(b.ctl.isOpen).toBe(true);
  });

  it('no data yet → no card', () => {
    const h = createBadge(document, 'rs', 'X');
    const ctl = attachCard(h, () => null);
    ctl.open();
    expect(ctl.isOpen).toBe(false);
  });

  it('placement stays inside the viewport', () => {
    const el = document.createElement('div');
    placeCard(el, { left: 990, right: 1000, top: 700, bottom: 720, width: 10, height: 20, x: 990, y: 700, toJSON: () => ({}) }, { width: 1024, height: 768 });
    expect(Number.parseFloat(el.style.left)).toBeLessThanOrEqual(1024 - 300 - 8);
    expect(Number.parseFloat(el.style.top)).toBeLessThan(700); // flipped above
  });
});
