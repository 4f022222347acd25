/**
 * Regime verdict: a transparent, weighted vote (README "Regime rule").
 * Votes (+1 small caps, −1 large caps, 0 neutral), weights:
 *   rs-3m      0.35  3M ratio change  > +rs3m → +1, < −rs3m → −1
 *   mansfield  0.25  Mansfield RS     > +mansfield → +1, < −mansfield → −1 (default 0: its sign)
 *   streak     0.20  streak sessions  ≥ +streak → +1, ≤ −streak → −1
 *   ytd        0.20  YTD return spread > +ytd → +1, < −ytd → −1
 *   valuation  0     P/E discount: context, never a vote (cheap can stay cheap)
 * score = Σ weight·vote / Σ weight over the metrics with a value (null metrics are listed with weight 0);
 * 0 when none has a value. Label: score > +0.25 small-cap leadership, < −0.25 large-cap leadership,
 * else neutral (strict, so the Mansfield sign alone — weight 0.25 — never decides the label). Warnings: small's RSI ≥ rsiOverbought → "RSI 71: overbought", ≤ rsiOversold → oversold.
 */
import { checkFinite } from './checks.ts';
import { CoreError } from './errors.ts';
import type { Regime, RegimeEvidence, RegimeLabel, RegimeThresholds } from './types.ts';

export const DEFAULT_THRESHOLDS: Readonly<Required<RegimeThresholds>> = Object.freeze({
  rs3m: 0.02,
  streak: 5,
  rsiOverbought: 70,
  rsiOversold: 30,
  mansfield: 0,
  ytd: 0.01,
});

export const REGIME_WEIGHTS = Object.freeze({ 'rs-3m': 0.35, mansfield: 0.25, streak: 0.2, ytd: 0.2, valuation: 0 });
export const LABEL_THRESHOLD = 0.25;

export interface RegimeInput {
  /** Display names, default 'small' / 'large'. */
  small?: string;
  large?: string;
  /** 3M small/large ratio change (fraction). */
  change3m: number | null;
  /** Signed streak sessions. */
  streak: number;
  mansfield: number | null;
  /** YTD return spread r_small − r_large (fraction). */
  ytdSpread: number | null;
  rsiSmall?: number | null;
  /** 1 − PE_small/PE_large, when known. */
  valuationDiscount?: number | null;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
/** A difference of two returns is in percentage points, not percent. */
const pts = (x: number): string => `${(x * 100).toFixed(1)} pts`;

function resolveThresholds(partial: Partial<RegimeThresholds>): Required<RegimeThresholds> {
  const t = { ...DEFAULT_THRESHOLDS, ...partial };
  for (const [key, value] of Object.entries(t)) {
    if (typeof value !== 'number' || value - value !== 0 || value < 0) {
      throw new CoreError('BAD_OPTION', `threshold ${key} must be a finite number ≥ 0, got ${String(value)}`);
    }
  }
  if (t.rsiOversold >= t.rsiOverbought) {
    throw new CoreError('BAD_OPTION', 'rsiOversold must be below rsiOverbought');
  }
  return t;
}

/** +1 above +threshold, −1 below −threshold; `inclusive` makes the threshold itself vote (streaks). */
function vote(value: number, threshold: number, inclusive = false): -1 | 0 | 1 {
  if (inclusive ? value >= threshold : value > threshold) return 1;
  if (inclusive ? value <= -threshold : value < -threshold) return -1;
  return 0;
}

/** Every given input number must be finite: a NaN would silently vote 0. */
function checkInput(input: RegimeInput): void {
  const { change3m, mansfield, ytdSpread, rsiSmall, valuationDiscount, streak } = input;
  const values = [change3m, mansfield, ytdSpread, rsiSmall ?? null, valuationDiscount ?? null, streak];
  checkFinite(values.filter((v): v is number => v !== null), 'regime input');
}

export function regime(input: RegimeInput, thresholds: Partial<RegimeThresholds> = {}): Regime {
  checkInput(input);
  const t = resolveThresholds(thresholds);
  const small = input.small ?? 'small';
  const large = input.large ?? 'large';
  const evidence: RegimeEvidence[] = [];
  const add = (
    metric: keyof typeof REGIME_WEIGHTS,
    value: number | null,
    threshold: number | null,
    v: -1 | 0 | 1,
    text: string,
  ) =>
    evidence.push({ metric, text, value, threshold, vote: value === null ? 0 : v, weight: value === null ? 0 : REGIME_WEIGHTS[metric] });

  const c3 = input.change3m;
  add('rs-3m', c3, t.rs3m, c3 === null ? 0 : vote(c3, t.rs3m),
    c3 === null
      ? `3M relative strength unavailable (fewer than 64 sessions)`
      : `${small}/${large} ratio ${c3 >= 0 ? 'rose' : 'fell'} ${pct(Math.abs(c3))} over 3M (threshold ±${pct(t.rs3m)})`);

  const m = input.mansfield;
  add('mansfield', m, t.mansfield, m === null ? 0 : vote(m, t.mansfield),
    m === null
      ? 'Mansfield RS unavailable (fewer than 200 sessions)'
      : `Mansfield RS ${m.toFixed(2)}: ratio ${m >= 0 ? 'above' : 'below'} its 200-session average (threshold ±${t.mansfield})`);

  const s = input.streak;
  add('streak', s, t.streak, vote(s, t.streak, true),
    s === 0
      ? `no streak: ${small} and ${large} tied on the last session`
      : `${s > 0 ? small : large} beat ${s > 0 ? large : small} ${Math.abs(s) === 1 ? 'on the last session only' : `${Math.abs(s)} sessions in a row`} (threshold ${t.streak})`);

  const y = input.ytdSpread;
  add('ytd', y, t.ytd, y === null ? 0 : vote(y, t.ytd),
    y === null
      ? 'YTD spread unavailable (series starts this year)'
      : `${small} ${y >= 0 ? 'ahead of' : 'behind'} ${large} by ${pts(Math.abs(y))} YTD (threshold ±${pts(t.ytd)})`);

  const d = input.valuationDiscount ?? null;
  if (d !== null) {
    add('valuation', d, null, 0,
      `${small} trades at a ${pct(Math.abs(d))} P/E ${d >= 0 ? 'discount' : 'premium'} to ${large}: context, not a vote`);
  }

  let weighted = 0;
  let weights = 0;
  for (const e of evidence) {
    weighted += e.weight * e.vote;
    weights += e.weight;
  }
  const score = weights === 0 ? 0 : weighted / weights;
  const label: RegimeLabel =
    score > LABEL_THRESHOLD ? 'small-cap leadership' : score < -LABEL_THRESHOLD ? 'large-cap leadership' : 'neutral';

  const warnings: string[] = [];
  const r = input.rsiSmall ?? null;
  if (r !== null && r >= t.rsiOverbought) warnings.push(`RSI ${Math.round(r)}: overbought`);
  if (r !== null && r <= t.rsiOversold) warnings.push(`RSI ${Math.round(r)}: oversold`);
  return { label, score, evidence, warnings };
}
