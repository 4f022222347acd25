/** The regime verdict with its score, the evidence lines behind it, and warnings (e.g. overbought RSI). */
import type { Regime } from '@rotation-lens/core';
import { discountWord, formatNumber } from '@rotation-lens/present';
import type { DiscountView } from '../contracts/messages.ts';

const TONE: Record<Regime['label'], string> = {
  'small-cap leadership': 'pos',
  'large-cap leadership': 'neg',
  neutral: 'muted',
};

/**
 * Evidence in the popup's own words where core's sentence would mislead a reader:
 * - valuation: core says "IWM trades at a 31.0% P/E discount to SPY", but the number is a dated reading
 *   of two indices (S&P 600 vs S&P 500), not of the ETFs;
 * - streak: "IWM beat SPY 1 session in a row" → "IWM ahead of SPY 1 session" (the wording of the streak line).
 */
export function evidenceText(e: Regime['evidence'][number], names: { small: string; large: string }, valuation: DiscountView | null | undefined): string {
  if (e.metric === 'valuation' && valuation) {
    const basis = valuation.basis === 'forward' ? 'forward' : 'trailing';
    return `${valuation.smallIndex ?? 'Small caps'} at a ${discountWord(valuation.discount)} to the ${valuation.largeIndex ?? 'S&P 500'} (${basis} P/E): context, not a vote`;
  }
  if (e.metric === 'streak' && typeof e.value === 'number' && e.value !== 0) {
    const n = Math.abs(e.value);
    const run = `${e.value > 0 ? 'ahead of' : 'behind'} ${names.large} ${n} session${n === 1 ? '' : 's'}${n >= 2 ? ' in a row' : ''}`;
    return `${names.small} ${run}${e.threshold === null ? '' : ` (threshold ${e.threshold})`}`;
  }
  return e.text;
}

export function Headline({ regime, small, large, valuation }: { regime: Regime; small: string; large: string; valuation?: DiscountView | null }) {
  const label = regime.label.charAt(0).toUpperCase() + regime.label.slice(1);
  return (
    <section aria-labelledby="verdict" class="headline" data-testid="headline">
      <h1 id="verdict" class={TONE[regime.label]} data-testid="verdict" data-regime={regime.label}>
        {label}
        <span class="score num" title="Score from −1 (large caps) to +1 (small caps)">
          {' '}
          {regime.score > 0 ? '+' : ''}
          {formatNumber(regime.score, 2)}
        </span>
      </h1>
      <p class="muted sub">
        {small} vs {large}
      </p>
      {regime.warnings.length > 0 && (
        <ul class="warnings" data-testid="warnings">
          {regime.warnings.map((w) => (
            <li key={w} class="warning">
              {w.replace(/:\s*/, ' — ')}
            </li>
          ))}
        </ul>
      )}
      <ul class="evidence" data-testid="evidence">
        {regime.evidence.map((e) => (
          <li key={e.metric} data-vote={e.vote}>
            <span aria-hidden="true" class={e.vote > 0 ? 'pos' : e.vote < 0 ? 'neg' : 'muted'}>
              {e.vote > 0 ? '▲' : e.vote < 0 ? '▼' : '•'}
            </span>{' '}
            <span class="sr-only">{e.vote > 0 ? 'favours small caps: ' : e.vote < 0 ? 'favours large caps: ' : 'neutral: '}</span>
            {evidenceText(e, { small, large }, valuation)}
          </li>
        ))}
      </ul>
    </section>
  );
}
