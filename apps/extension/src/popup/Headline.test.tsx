import { describe, expect, it } from 'vitest';
import type { DiscountView } from '../contracts/messages.ts';
import { evidenceText } from './Headline.tsx';

const names = { small: 'IWM', large: 'SPY' };
const ev = (metric: string, value: number | null, text = 'core text', threshold: number | null = 5) => ({ metric, text, value, threshold, vote: 0 as const, weight: 0.2 });
const SP600: DiscountView = { pe: 15.6, peLarge: 22.6, discount: 0.31, basis: 'forward', date: '2026-01-01', source: 's', from: 'reading', smallIndex: 'S&P 600', largeIndex: 'S&P 500' };

describe('evidence wording', () => {
  it('valuation names the indices of the reading, not the ETFs', () => {
    expect(evidenceText(ev('valuation', 0.31, 'IWM trades at a 31.0% P/E discount to SPY: context, not a vote', null), names, SP600)).toBe(
      'S&P 600 at a 31% discount to the S&P 500 (forward P/E): context, not a vote',
    );
    // Without the view, core's sentence stays.
    expect(evidenceText(ev('valuation', 0.31, 'core', null), names, null)).toBe('core');
  });

  it('streak: "ahead of"/"behind", "in a row" only for runs of 2+', () => {
    expect(evidenceText(ev('streak', 1), names, null)).toBe('IWM ahead of SPY 1 session (threshold 5)');
    expect(evidenceText(ev('streak', -3), names, null)).toBe('IWM behind SPY 3 sessions in a row (threshold 5)');
    expect(evidenceText(ev('streak', 0, 'no streak: tied'), names, null)).toBe('no streak: tied');
  });

  it('other metrics keep core’s sentence', () => {
    expect(evidenceText(ev('rs-3m', 0.003, 'IWM/SPY ratio rose 0.3% over 3M'), names, SP600)).toBe('IWM/SPY ratio rose 0.3% over 3M');
  });
});
