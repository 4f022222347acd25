import { SHIPPED_READINGS } from '@rotation-lens/market-data';
import { describe, expect, it } from 'vitest';
import { byTestId, byText, click, waitFor } from '../../test/dom.ts';
import { setupOptionsPage } from '../../test/options-harness.tsx';
import { LIVE_VALUATION_KEY } from '../../permissions/live-readings.ts';

const ctx = setupOptionsPage(() => ({ ok: true, data: { symbols: 0, bytes: 0 } }));
const section = () => byTestId(ctx.page.root, 'section-valuation')!;
const form = () => byTestId<HTMLFormElement>(section(), 'reading-form')!;
function fill(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = form().querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
/** Submits after a render, as a user's click would come after their typing was rendered. */
const submit = async () => {
  await new Promise((r) => setTimeout(r, 0));
  form().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};

describe('Valuation readings section', () => {
  it('shows shipped readings read-only, labelled as published figures', () => {
    expect(SHIPPED_READINGS.length).toBeGreaterThan(0);
    const row = byTestId(section(), `reading-${SHIPPED_READINGS[0]!.id}`)!;
    expect(row.querySelector('.tag')?.textContent).toBe('published');
    expect(row.dataset['kind']).toBe('published');
    expect(row.querySelector('button')).toBeNull();
  });

  it('lists the live readings the worker keeps as "live", apart from published and your own; new ones show up', async () => {
    const live = {
      id: 'yahoo-2026-12-04-IWM-SPY-trailing', date: '2026-12-04', smallIndex: 'IWM', largeIndex: 'SPY', peSmall: 18.42, peLarge: 27.31,
      basis: 'trailing', source: 'Yahoo Finance, trailing P/E', shipped: false,
    };
    await chrome.storage.local.set({ [LIVE_VALUATION_KEY]: { version: 1, readings: [live], lastAttempt: null } });
    const row = await waitFor(() => byTestId<HTMLElement>(section(), `reading-${live.id}`));
    expect(row.dataset['kind']).toBe('live');
    expect(row.querySelector('.tag')?.textContent).toBe('live');
    expect(row.querySelector('button')).toBeNull();
    expect(section().querySelector('tbody tr')).toBe(row); // newest first
  });

  it('a reading with earnings-growth estimates: percent in, fractions stored with their source; bad ones named by field', async () => {
    fill({ date: '2026-01-14', peSmall: '15.6', peLarge: '22.6', source: 'MarketWatch', growthSmallLow: '22', growthSmallHigh: '17', growthSource: 'Strategists' });
    await submit();
    await waitFor(() => form().querySelector('[name="growthSmallHigh"][aria-invalid="true"]'));
    expect(ctx.page.stored()).toBeUndefined();
    fill({ growthSmallLow: '17', growthSmallHigh: '22', growthLargeLow: '13' });
    await submit();
    await ctx.page.status('Reading added');
    expect(ctx.page.stored()!.valuationReadings[0]!.earningsGrowth).toEqual({ small: { low: 0.17, high: 0.22 }, large: { low: 0.13, high: 0.13 }, source: 'Strategists' });
  });

  it('rejects an invalid reading field by field, then adds, edits and deletes a valid one', async () => {
    fill({ date: '2024-02-30', peSmall: '-3', peLarge: '20', source: '' });
    await submit();
    await waitFor(() => form().querySelectorAll('[role="alert"]').length === 3);
    expect([...form().querySelectorAll('[aria-invalid="true"]')].map((i) => i.getAttribute('name'))).toEqual(['date', 'peSmall', 'source']);
    expect(ctx.page.stored()).toBeUndefined();

    fill({ date: '2024-09-01', peSmall: '15.2', peLarge: '21.5', source: 'My notes' });
    await submit();
    await ctx.page.status('Reading added');
    const mine = ctx.page.stored()!.valuationReadings;
    expect(mine).toEqual([expect.objectContaining({ date: '2024-09-01', peSmall: 15.2, peLarge: 21.5, source: 'My notes', shipped: false, basis: 'forward' })]);
    const id = mine[0]!.id;

    click(byTestId(section(), `reading-${id}`)!.querySelector('[aria-label="Edit reading of 2024-09-01"]'));
    await waitFor(() => byText(section(), 'h3', 'Edit reading'));
    fill({ peSmall: '14' });
    await submit();
    await ctx.page.status('Reading updated');
    expect(ctx.page.stored()!.valuationReadings).toEqual([expect.objectContaining({ id, peSmall: 14 })]);

    click(byTestId(section(), `reading-${id}`)!.querySelector('[aria-label="Delete reading of 2024-09-01"]'));
    await ctx.page.status('Reading deleted');
    expect(ctx.page.stored()!.valuationReadings).toEqual([]);
  });
});
