/** The regime verdict with its score, the evidence lines behind it, and warnings (e.g. overbought RSI). */
import type { Regime } from '@rotation-lens/core';
import { num } from '../ui/format.ts';

const TONE: Record<Regime['label'], string> = {
  'small-cap leadership': 'pos',
  'large-cap leadership': 'neg',
  neutral: 'muted',
};

export function Headline({ regime, small, large }: { regime: Regime; small: string; large: string }) {
  const label = regime.label.charAt(0).toUpperCase() + regime.label.slice(1);
  return (
    <section aria-labelledby="verdict" class="headline" data-testid="headline">
      <h1 id="verdict" class={TONE[regime.label]} data-testid="verdict" data-regime={regime.label}>
        {label}
        <span class="score num" title="Score from −1 (large caps) to +1 (small caps)">
          {' '}
          {regime.score > 0 ? '+' : ''}
          {num(regime.score)}
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
            {e.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
