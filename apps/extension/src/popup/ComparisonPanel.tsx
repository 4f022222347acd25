/**
 * Small-cap proxy vs benchmark: returns by window side by side, the ratio chart with its 200-day
 * average, the streak with "longest since", the valuation discount with date and source, correlation
 * with its 5-year band, RSI of both, volatility and beta.
 */
import type { RotationReport, WindowKey } from '@rotation-lens/core';
import { formatNumber, formatPercent } from '@rotation-lens/present';
import type { DiscountView } from '../contracts/messages.ts';
import { CorrelationBar } from './CorrelationBar.tsx';
import { toneClass } from './tone.ts';
import { RatioChart } from './RatioChart.tsx';
import { ValuationLine } from './ValuationLine.tsx';

const WINDOWS: WindowKey[] = ['1W', '1M', '3M', 'YTD', '1Y'];

/**
 * "IWM ahead of SPY 1 session"; runs of 2+: "IWM ahead of SPY 5 sessions in a row · longest since 2024-08-16"
 * (a 1-session run always has a longer one before it, so "longest since" would say nothing).
 */
export function streakText(r: RotationReport): string {
  const n = r.streak.sessions;
  if (n === 0) return `${r.small} even with ${r.large} last session`;
  const head = `${r.small} ${n > 0 ? 'ahead of' : 'behind'} ${r.large} ${Math.abs(n)} session${Math.abs(n) === 1 ? '' : 's'}`;
  if (Math.abs(n) === 1) return head;
  return `${head} in a row · ${r.streak.longestSince ? `longest since ${r.streak.longestSince}` : 'longest on record'}`;
}

interface ComparisonPanelProps {
  report: RotationReport;
  valuation: DiscountView | null;
  rsi: { overbought: number; oversold: number };
  onValuationRefreshed?: () => void;
  /** The facts under the chart (streak, valuation, correlation, RSI, volatility): below the popup's fold. */
  facts?: boolean;
}

export function ComparisonPanel({ report, valuation, rsi, onValuationRefreshed, facts = true }: ComparisonPanelProps) {
  const rsiClass = (x: number | null) => (x === null ? '' : x >= rsi.overbought ? 'warning' : x <= rsi.oversold ? 'warning' : '');
  return (
    <section aria-labelledby="cmp-title" data-testid="comparison">
      <h2 id="cmp-title">
        {report.small} vs {report.large}
      </h2>
      <table class="returns" data-testid="returns">
        <caption class="sr-only">Returns by window</caption>
        <thead>
          <tr>
            <th scope="col">Return</th>
            {WINDOWS.map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['small', 'large'] as const).map((side) => (
            <tr key={side}>
              <th scope="row">{report[side]}</th>
              {WINDOWS.map((w) => (
                <td key={w} class="num">
                  {formatPercent(report.returns[side][w])}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Spread</th>
            {WINDOWS.map((w) => {
              const s = report.relativeStrength.spread[w];
              return (
                <td key={w} class={`num ${toneClass(s)}`}>
                  {formatPercent(s)}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
      {report.series && report.series.ratio.length > 1 ? (
        <RatioChart series={report.series} small={report.small} large={report.large} />
      ) : (
        <p class="muted">Not enough history for the ratio chart.</p>
      )}
      {facts && (
      <dl class="facts">
        <dt>Streak</dt>
        <dd data-testid="streak">{streakText(report)}</dd>
        <dt>Valuation</dt>
        <dd data-testid="discount">
          {valuation ? (
            <ValuationLine v={valuation} {...(onValuationRefreshed ? { onRefreshed: onValuationRefreshed } : {})} />
          ) : (
            <span class="muted">No valuation reading (add one in Options)</span>
          )}
        </dd>
        <dt>Correlation {report.correlation.window}d</dt>
        <dd>
          <CorrelationBar value={report.correlation.value} band={report.correlation.band5y} />
        </dd>
        <dt>RSI 14</dt>
        <dd data-testid="rsi">
          {report.small} <span class={`num ${rsiClass(report.rsi.small)}`}>{formatNumber(report.rsi.small, 0)}</span> · {report.large}{' '}
          <span class={`num ${rsiClass(report.rsi.large)}`}>{formatNumber(report.rsi.large, 0)}</span>
        </dd>
        <dt>Volatility</dt>
        <dd>
          {report.small} <span class="num">{formatPercent(report.volatility.small, 1, { signed: false })}</span> · {report.large}{' '}
          <span class="num">{formatPercent(report.volatility.large, 1, { signed: false })}</span> · beta <span class="num">{formatNumber(report.beta, 2)}</span>
        </dd>
      </dl>
      )}
    </section>
  );
}
