/** Comparison, Sites and Alerts sections: each control writes the validated store; bad values are refused. */
import { describe, expect, it } from 'vitest';
import { byTestId, click, type, waitFor } from '../../test/dom.ts';
import { setupOptionsPage } from '../../test/options-harness.tsx';

const ctx = setupOptionsPage(() => ({ ok: true, data: { symbols: 2, bytes: 2048 } }));
const $ = <E extends HTMLElement = HTMLInputElement>(id: string) => byTestId<E>(ctx.page.root, id)!;

describe('Comparison section', () => {
  it('stores benchmark, proxy, window and numbers', async () => {
    type($<HTMLSelectElement>('cmp-benchmark'), '^GSPC');
    await waitFor(() => ctx.page.stored()?.comparison.benchmark === '^GSPC');
    type($<HTMLSelectElement>('cmp-smallProxy'), 'IJR');
    await waitFor(() => ctx.page.stored()?.comparison.smallProxy === 'IJR');
    type($<HTMLSelectElement>('cmp-rsWindow'), '6M');
    await waitFor(() => ctx.page.stored()?.comparison.rsWindow === '6M');
    type($('cmp-correlationWindow'), '126');
    await waitFor(() => ctx.page.stored()?.comparison.correlationWindow === 126);
    type($('cmp-streakThreshold'), '8');
    await waitFor(() => ctx.page.stored()?.comparison.streakThreshold === 8);
  });

  it('refuses out-of-range and crossed RSI levels, says why, and reverts the field', async () => {
    type($('cmp-rsiOverbought'), '140');
    await ctx.page.status(/Not saved/);
    expect(ctx.page.stored()).toBeUndefined();
    expect($('cmp-rsiOverbought').value).toBe('70');
    type($('cmp-rsiOversold'), '50');
    type($('cmp-rsiOverbought'), '50');
    await ctx.page.status(/oversold level must be below overbought level/);
    expect(ctx.page.stored()?.comparison.rsiOverbought ?? 70).toBe(70);
  });
});

describe('Sites section', () => {
  it('toggles sites and badges, density and preferred site', async () => {
    click($('site-cnbc'));
    await waitFor(() => ctx.page.stored()?.sites.cnbc === false);
    expect(ctx.page.stored()!.sites.yahoo).toBe(true);
    click($('badge-discount'));
    await waitFor(() => ctx.page.stored()?.badges.discount === false);
    click($('density-compact'));
    await waitFor(() => ctx.page.stored()?.density === 'compact');
    type($<HTMLSelectElement>('preferred-site'), 'stockanalysis');
    await waitFor(() => ctx.page.stored()?.preferredSite === 'stockanalysis');
  });

  it('lists all 15 sites, each with a label', () => {
    const boxes = byTestId(ctx.page.root, 'section-sites')!.querySelectorAll('input[data-testid^="site-"]');
    expect(boxes).toHaveLength(15);
    for (const b of boxes) expect(b.closest('label')?.textContent?.trim()).toBeTruthy();
  });
});

describe('Alerts section', () => {
  it('is off by default; enabling turns the other controls on', async () => {
    expect($('alerts-enabled').checked).toBe(false);
    expect($('alerts-streakN').disabled).toBe(true);
    click($('alerts-enabled'));
    await waitFor(() => ctx.page.stored()?.alerts.enabled === true);
    await waitFor(() => !$('alerts-streakN').disabled);
    type($('alerts-streakN'), '10');
    await waitFor(() => ctx.page.stored()?.alerts.streakN === 10);
    click($('alerts-regime'));
    await waitFor(() => ctx.page.stored()?.alerts.regimeChange === true);
  });
});
