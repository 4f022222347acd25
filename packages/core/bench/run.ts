/**
 * `pnpm --filter @rotation-lens/core bench`: core vs technicalindicators, trading-signals and bare
 * loops on 1,000,000 synthetic closes, rolling correlation vs naive recomputation, and the full
 * IWM/SPY report from ../shared/data/long. Every figure is the median of several runs; each line
 * prints the other's time divided by core's (higher = core faster).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RSI as TiRSI, SMA as TiSMA } from 'technicalindicators';
import { RSI as TsRSI, SMA as TsSMA } from 'trading-signals';
import { computeReport, rollingCorrelation, rsi, sma } from '../src/index.ts';
import { HAS_SHARED_DATA, loadLong, SHARED_DATA } from '../test/shared-data.ts';
import { bareRsi, bareSma, naiveRollingCorrelation } from './bare.ts';
import { medianMs, ratio, syntheticCloses, versus } from './timing.ts';

const N = 1_000_000;
const closes = syntheticCloses(N);
const closesArray = Array.from(closes);

function tradingSignals(make: () => { add(x: number): unknown }): () => void {
  return () => {
    const ind = make();
    for (let i = 0; i < N; i++) ind.add(closesArray[i] as number);
  };
}

function compare(label: string, core: () => unknown, others: [string, () => unknown, number][]): void {
  for (const [name, fn, reps] of others) {
    const t = versus(core, fn, reps);
    console.log(
      `${label} core vs ${name}: ${ratio(t.other, t.core)}  (core ${t.core.toFixed(2)} ms, ${name} ${t.other.toFixed(2)} ms; medians of ${reps} interleaved runs, n = ${N.toLocaleString('en-US')})`,
    );
  }
}

console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
compare('RSI(14)', () => rsi(closes, 14), [
  ['technicalindicators', () => TiRSI.calculate({ values: closesArray, period: 14 }), 5],
  ['trading-signals', tradingSignals(() => new TsRSI(14)), 5],
  ['bare loop', () => bareRsi(closes, 14), 21],
]);
compare('SMA(50)', () => sma(closes, 50), [
  ['technicalindicators', () => TiSMA.calculate({ values: closesArray, period: 50 }), 5],
  ['trading-signals', tradingSignals(() => new TsSMA(50)), 5],
  ['bare loop', () => bareSma(closes, 50), 21],
]);

// Rolling correlation(252) on daily returns of two walks; the naive O(n·w) version runs on 20,000
// points and its time is extrapolated linearly to N (it is linear in the number of window ends).
const ra = new Float64Array(N - 1);
const rb = new Float64Array(N - 1);
const other = syntheticCloses(N, 7);
for (let i = 1; i < N; i++) {
  ra[i - 1] = (closes[i] as number) / (closes[i - 1] as number) - 1;
  rb[i - 1] = (other[i] as number) / (other[i - 1] as number) - 1 + 0.5 * (ra[i - 1] as number);
}
const NAIVE_POINTS = 20_000;
const corr = versus(
  () => rollingCorrelation(ra, rb, 252),
  () => naiveRollingCorrelation(ra.subarray(0, NAIVE_POINTS), rb.subarray(0, NAIVE_POINTS), 252),
  7,
);
const naiveExtrapolated = (corr.other * (ra.length - 251)) / (NAIVE_POINTS - 251);
console.log(
  `correlation(252) core vs naive recomputation: ${ratio(naiveExtrapolated, corr.core)}  (core ${corr.core.toFixed(2)} ms on ${ra.length.toLocaleString('en-US')} returns; naive ${corr.other.toFixed(1)} ms on ${NAIVE_POINTS.toLocaleString('en-US')}, extrapolated linearly to ${naiveExtrapolated.toFixed(0)} ms)`,
);

if (HAS_SHARED_DATA && existsSync(resolve(SHARED_DATA, 'long/SPY.csv'))) {
  const small = { symbol: 'IWM', bars: loadLong('IWM') };
  const large = { symbol: 'SPY', bars: loadLong('SPY') };
  const first = computeReport(small, large);
  const ms = medianMs(() => computeReport(small, large), 301, 200);
  console.log(
    `full report IWM/SPY ${first.firstDate}..${first.asOf} (${first.sessions} sessions): median ${ms.toFixed(3)} ms after warm-up (301 runs)`,
  );
  // The studies' cost: the same report with and without them, interleaved, on a date where three of
  // the four studies apply (2026-01-22: streak, overbought, first five days).
  const asOf = '2026-01-22';
  const withStudies = () => computeReport(small, large, { asOf });
  const withoutStudies = () => computeReport(small, large, { asOf, analogs: false });
  for (let i = 0; i < 200; i++) withStudies();
  const t = versus(withStudies, withoutStudies, 301);
  console.log(
    `report with vs without the "what followed" studies (as of ${asOf}): +${(t.core - t.other).toFixed(3)} ms (${t.core.toFixed(3)} vs ${t.other.toFixed(3)} ms; medians of 301 interleaved runs; target < 1 ms)`,
  );
} else {
  console.log('full report: skipped (../shared/data/long absent)');
}
