import { describe, expect, it } from 'vitest';
import type { DiscountView } from '../../contracts/messages.ts';
import { FRESH } from '../../test/views.ts';
import { readingMonth, readingSentence, stampText, staleText } from './card-text.ts';

const SP600: DiscountView = { pe: 15.6, peLarge: 22.6, discount: 1 - 15.6 / 22.6, basis: 'forward', date: '2026-01-01', source: 's', from: 'reading', smallIndex: 'S&P 600', largeIndex: 'S&P 500' };

describe('card text', () => {
  it("a proxy's reading names both indices, the basis and the month", () => {
    expect(readingSentence(SP600)).toBe('S&P 600 vs S&P 500 forward P/E (reading of 2026-01): 15.6 vs 22.6 — 31% discount');
    expect(readingMonth(null)).toBe('undated');
  });

  it('stale only when marked; the stamp with its flags', () => {
    expect(staleText(SP600)).toBeNull();
    expect(staleText({ ...SP600, stale: true })).toBe('Stale: as of 2026-01 (more than 45 days old)');
    expect(stampText({ ...FRESH, stale: true, simulated: true })).toBe(`Prices: Yahoo Finance · as of ${FRESH.asOf} · stale · SIMULATED`);
  });
});
