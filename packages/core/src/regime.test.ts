import { describe, expect, it } from 'vitest';
import { expectCode } from '../test/fixtures.ts';
import { DEFAULT_THRESHOLDS, regime, type RegimeInput } from './regime.ts';

const base: RegimeInput = { small: 'IWM', large: 'SPY', change3m: 0, streak: 0, mansfield: 0, ytdSpread: 0 };

describe('regime', () => {
  it('all votes for small caps → score 1, small-cap leadership', () => {
    const r = regime({ ...base, change3m: 0.05, streak: 7, mansfield: 3, ytdSpread: 0.04 });
    expect(r.label).toBe('small-cap leadership');
    expect(r.score).toBe(1);
    expect(r.evidence.map((e) => [e.metric, e.vote, e.weight])).toEqual([
      ['rs-3m', 1, 0.35],
      ['mansfield', 1, 0.25],
      ['streak', 1, 0.2],
      ['ytd', 1, 0.2],
    ]);
    expect(r.evidence[0]?.text).toBe('IWM/SPY ratio rose 5.0% over 3M (threshold ±2.0%)');
    expect(r.evidence[2]?.text).toBe('IWM beat SPY 7 sessions in a row (threshold 5)');
  });

  it('weighted mean of votes; thresholds are exclusive except the streak', () => {
    // rs-3m −1 (0.35), mansfield +1 (0.25), streak −5 → −1 (0.2), ytd at +0.01 → 0 (0.2) → score −0.3
    const r = regime({ ...base, change3m: -0.03, mansfield: 0.5, streak: -5, ytdSpread: 0.01 });
    expect(r.score).toBeCloseTo(-0.3, 15);
    expect(r.label).toBe('large-cap leadership');
    expect(regime({ ...base, change3m: 0.02 }).evidence[0]?.vote).toBe(0);
    expect(regime({ ...base, change3m: 0.05 }).label).toBe('small-cap leadership'); // 0.35 > 0.25
    expect(regime({ ...base, mansfield: 1 }).label).toBe('neutral'); // 0.25 is not > 0.25
    expect(regime({ ...base, mansfield: -1, streak: -6 }).label).toBe('large-cap leadership'); // −0.45
    expect(regime({ ...base, streak: 5 }).label).toBe('neutral'); // 0.2
  });

  it('null metrics drop out of the weights; none available → neutral 0', () => {
    const r = regime({ ...base, change3m: null, mansfield: null, ytdSpread: null, streak: 6 });
    expect(r.score).toBe(1);
    expect(r.evidence.filter((e) => e.weight === 0).length).toBe(3);
    expect(regime({ ...base, change3m: null, mansfield: null, ytdSpread: null }).score).toBe(0);
  });

  it('valuation is context, never a vote', () => {
    const r = regime({ ...base, valuationDiscount: 0.3097 });
    const v = r.evidence.find((e) => e.metric === 'valuation');
    expect(v).toMatchObject({ vote: 0, weight: 0, threshold: null, value: 0.3097 });
    expect(v?.text).toBe('IWM trades at a 31.0% P/E discount to SPY: context, not a vote');
    expect(r.score).toBe(0);
  });

  it('RSI warnings and threshold overrides', () => {
    expect(regime({ ...base, rsiSmall: 71.2 }).warnings).toEqual(['RSI 71: overbought']);
    expect(regime({ ...base, rsiSmall: 28 }).warnings).toEqual(['RSI 28: oversold']);
    expect(regime({ ...base, rsiSmall: 50 }).warnings).toEqual([]);
    expect(regime({ ...base, rsiSmall: 66 }, { rsiOverbought: 65 }).warnings).toEqual(['RSI 66: overbought']);
    expect(regime({ ...base, change3m: 0.03 }, { rs3m: 0.05 }).evidence[0]?.vote).toBe(0);
    expect(DEFAULT_THRESHOLDS).toEqual({ rs3m: 0.02, streak: 5, rsiOverbought: 70, rsiOversold: 30, mansfield: 0, ytd: 0.01 });
  });

  it('rejects bad thresholds and non-finite inputs', () => {
    expectCode(() => regime(base, { rs3m: -1 }), 'BAD_OPTION');
    expectCode(() => regime({ ...base, change3m: Number.NaN }), 'NON_FINITE');
    expectCode(() => regime({ ...base, rsiSmall: Number.POSITIVE_INFINITY }), 'NON_FINITE');
    expectCode(() => regime({ ...base, streak: undefined as unknown as number }), 'NON_FINITE');
    expectCode(() => regime(base, { streak: Number.NaN }), 'BAD_OPTION');
    expectCode(() => regime(base, { rsiOversold: 80 }), 'BAD_OPTION');
  });
});
