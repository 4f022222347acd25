/**
 * Validation on real data: `rotation report --json` for IWM/SPY and ^RUT/^GSPC at several as-of dates and both
 * price fields, every number compared with the naive recomputation in ./naive-metrics.ts (no core imports),
 * absolute tolerance 1e-9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { naiveReadYahoo } from './naive-csv.ts';
import {
  dailyReturns,
  naiveAlign,
  naiveCorrelationBand,
  naiveDrawdown,
  naiveMansfield,
  naiveRsi,
  naiveStats,
  naiveStreak,
  naiveWindowReturns,
} from './naive-metrics.ts';
import { runCli } from './run-cli.ts';
import { HAS_PRICES, PRICES } from './shared-data.ts';

const TOL = 1e-9;

/** Compares nulls exactly, numbers within TOL, naming the field on failure. */
function near(actual: unknown, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(typeof actual, what).toBe('number');
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL);
}

const load = (symbol: string) => naiveReadYahoo(readFileSync(join(PRICES, `${symbol}.csv`), 'utf8'));

const CASES: [string, string, string | undefined, 'close' | 'adjclose' | undefined][] = [
  ['IWM', 'SPY', undefined, undefined],
  ['IWM', 'SPY', '2008-11-20', 'adjclose'],
  ['IWM', 'SPY', '2020-03-23', 'close'],
  ['IWM', 'SPY', '2021-03-13', 'adjclose'], // a Saturday: the session before
  ['IWM', 'SPY', '2024-09-12', 'close'],
  ['IWM', 'SPY', '2001-06-29', 'close'], // band shorter than 1260 ends
  ['^RUT', '^GSPC', undefined, 'close'],
  ['^RUT', '^GSPC', '1999-12-31', 'adjclose'],
  ['^RUT', '^GSPC', '2016-11-30', 'close'],
];

describe.skipIf(!HAS_PRICES)('rotation report --json on real prices equals a naive recomputation', () => {
  const files = new Map<string, ReturnType<typeof load>>();
  const bars = (s: string) => files.get(s) ?? files.set(s, load(s)).get(s)!;

  it.each(CASES)('%s vs %s as of %s, price %s', async (small, large, asOf, price) => {
    const window = 252;
    const argv = ['report', '--small', small, '--large', large, '--data', PRICES, '--json'];
    if (asOf) argv.push('--as-of', asOf);
    if (price) argv.push('--price', price);
    const res = await runCli(argv);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const r = JSON.parse(res.stdout);

    const pair = naiveAlign(bars(small), bars(large), price ?? 'adjclose', asOf);
    const n = pair.dates.length;
    expect(r.asOf).toBe(pair.dates[n - 1]);
    expect(r.firstDate).toBe(pair.dates[0]);
    expect(r.sessions).toBe(n);
    expect(r.price).toBe(price ?? 'adjclose');
    expect(r.source).toMatchObject({ provider: 'csv', simulated: false });

    const retS = naiveWindowReturns(pair.small, pair.dates);
    const retL = naiveWindowReturns(pair.large, pair.dates);
    for (const k of ['1W', '1M', '3M', '6M', 'YTD', '1Y']) {
      near(r.returns.small[k], retS[k]!, `returns.small.${k}`);
      near(r.returns.large[k], retL[k]!, `returns.large.${k}`);
      const both = retS[k] !== null && retL[k] !== null;
      near(r.relativeStrength.change[k], both ? (1 + retS[k]!) / (1 + retL[k]!) - 1 : null, `change.${k}`);
      near(r.relativeStrength.spread[k], both ? retS[k]! - retL[k]! : null, `spread.${k}`);
    }
    const ratio = pair.small.map((x, i) => x / pair.large[i]!);
    near(r.relativeStrength.ratio, ratio[n - 1]!, 'ratio');
    near(r.relativeStrength.mansfield, naiveMansfield(ratio), 'mansfield');

    expect(r.streak).toEqual(naiveStreak(pair));
    near(r.rsi.small, naiveRsi(pair.small), 'rsi.small');
    near(r.rsi.large, naiveRsi(pair.large), 'rsi.large');

    const rs = dailyReturns(pair.small);
    const rl = dailyReturns(pair.large);
    const st = naiveStats(rs.slice(-window), rl.slice(-window));
    expect(r.correlation.window).toBe(window);
    near(r.correlation.value, st.corr, 'correlation');
    const band = naiveCorrelationBand(rs, rl, window);
    near(r.correlation.band5y.min, band!.min, 'band5y.min');
    near(r.correlation.band5y.max, band!.max, 'band5y.max');
    near(r.correlation.band5y.position, band!.position, 'band5y.position');
    expect(r.correlation.band5y.samples).toBe(band!.samples);
    near(r.beta, st.cov / st.varB, 'beta');
    near(r.volatility.small, Math.sqrt(st.varA) * Math.sqrt(252), 'volatility.small');
    near(r.volatility.large, Math.sqrt(st.varB) * Math.sqrt(252), 'volatility.large');

    for (const side of ['small', 'large'] as const) {
      const dd = naiveDrawdown(pair[side], pair.dates);
      near(r.drawdown[side].max, dd.max, `drawdown.${side}.max`);
      expect(r.drawdown[side].peak).toBe(dd.peak);
      expect(r.drawdown[side].trough).toBe(dd.trough);
      near(r.totalReturn[side], pair[side][n - 1]! / pair[side][0]! - 1, `totalReturn.${side}`);
    }

    // The verdict: score is the weighted mean of the evidence votes, and the label follows the score's sign.
    const ev: { vote: number; weight: number }[] = r.regime.evidence;
    const weight = ev.reduce((s, e) => s + e.weight, 0);
    near(r.regime.score, weight === 0 ? 0 : ev.reduce((s, e) => s + e.vote * e.weight, 0) / weight, 'regime.score');
    if (r.regime.label === 'small-cap leadership') expect(r.regime.score).toBeGreaterThan(0);
    if (r.regime.label === 'large-cap leadership') expect(r.regime.score).toBeLessThan(0);
  });
});
