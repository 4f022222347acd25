import { type RotationReport, WINDOW_KEYS, type WindowValues } from '@rotation-lens/core';
import { asOfNote } from '../as-of-range.ts';
import type { ReportJson, ReportSource } from '../report-source.ts';
import { episodeLines, whatFollowedLines } from './analogs-text.ts';
import type { Colors } from './color.ts';
import { NA, num, pct, pctUnsigned } from './numbers.ts';
import { formatStreak } from './streak-text.ts';
import { renderTable } from './table.ts';
import { valuationLines } from './valuation-text.ts';
import { TEXT_WIDTH, wrapLine } from './wrap.ts';

/** Every field but the valuation, which the CLI replaces with its own. */
type CoreReport = Omit<RotationReport, 'valuation'>;

const VOTE_MARK = { '1': '+', '-1': '-', '0': '·' } as const;

function verdictLines(r: CoreReport, c: Colors): string[] {
  const { label, score, evidence, warnings } = r.regime;
  const tone = label === 'small-cap leadership' ? c.green : label === 'large-cap leadership' ? c.red : (s: string) => s;
  const lines = [`${c.bold('Verdict:')} ${c.bold(tone(label))} (score ${num(score, 2, true)})`];
  for (const e of evidence) lines.push(...wrapLine(`  ${VOTE_MARK[String(e.vote) as keyof typeof VOTE_MARK]} ${e.text}`, TEXT_WIDTH, 4));
  for (const w of warnings) lines.push(...wrapLine(`  ${c.yellow(`! ${w}`)}`, TEXT_WIDTH, 4));
  return lines;
}

function windowRow(name: string, values: WindowValues, c: Colors): string[] {
  return [name, ...WINDOW_KEYS.map((k) => c.sign(values[k], pct(values[k])))];
}

function returnsTable(r: CoreReport, c: Colors): string {
  return renderTable(
    ['', ...WINDOW_KEYS],
    [
      windowRow(r.small, r.returns.small, c),
      windowRow(r.large, r.returns.large, c),
      windowRow('ratio change', r.relativeStrength.change, c),
      windowRow('spread', r.relativeStrength.spread, c),
    ],
  );
}

function correlationLine(r: CoreReport): string {
  const { value, window, band5y } = r.correlation;
  if (value === null && r.correlation.unavailable === 'no-variance') {
    return `Correlation (${window}d): ${NA} (no variance: ${r.small} or ${r.large} did not move over the last ${window} sessions)`;
  }
  if (value === null) return `Correlation (${window}d): ${NA} (needs ${window + 1} common sessions, have ${r.sessions})`;
  let line = `Correlation (${window}d): ${num(value, 2)}`;
  if (band5y) {
    const where = band5y.position === null ? '' : `, now at ${Math.round(band5y.position * 100)}% of the range`;
    line += ` · 5y band ${num(band5y.min, 2)} to ${num(band5y.max, 2)}${where}`;
  }
  return line;
}

const drawdownText = (d: RotationReport['drawdown']['small']): string =>
  d.peak && d.trough ? `${pct(d.max)} (${d.peak} → ${d.trough})` : pct(d.max);

function metricLines(r: CoreReport, c: Colors): string[] {
  const rs = r.relativeStrength;
  const w = r.correlation.window;
  return [
    `Relative strength: ratio ${r.small}/${r.large} ${num(rs.ratio, 4)} · Mansfield ${rs.mansfield === null ? NA : c.sign(rs.mansfield, num(rs.mansfield, 2, true))}`,
    `Streak: ${formatStreak(r)}`,
    `RSI(14): ${r.small} ${num(r.rsi.small, 1)} · ${r.large} ${num(r.rsi.large, 1)}`,
    correlationLine(r),
    `Beta of ${r.small} to ${r.large} (${w}d): ${num(r.beta, 2)}`,
    `Volatility (${w}d, annualised): ${r.small} ${pctUnsigned(r.volatility.small)} · ${r.large} ${pctUnsigned(r.volatility.large)}`,
    `Max drawdown: ${r.small} ${drawdownText(r.drawdown.small)} · ${r.large} ${drawdownText(r.drawdown.large)}`,
    `Total return since ${r.firstDate}: ${r.small} ${c.sign(r.totalReturn.small, pct(r.totalReturn.small))} · ${r.large} ${c.sign(r.totalReturn.large, pct(r.totalReturn.large))}`,
  ];
}

/** "Stale: prices end 2024-12-31; the last completed session is …; why", wrapped to 80 columns. */
export const staleLines = (asOf: string, reason: string | undefined): string[] =>
  wrapLine(`Stale: prices end ${asOf}${reason ? `; ${reason}` : ''}`);

/**
 * The closing lines: what the numbers rest on, then where they came from. A stale source (cached prices whose
 * refresh failed or was not attempted offline) gets its own warning line naming the date the prices end on.
 */
function footerLines(r: CoreReport, source: ReportSource, c: Colors): string[] {
  const priceName = r.price === 'adjclose' ? 'adjusted close' : 'close';
  const lines = [
    ...wrapLine(`As of ${r.asOf} · ${r.sessions} common sessions from ${r.firstDate} · ${priceName}`).map(c.dim),
    c.dim(`Source: ${source.label}${source.simulated ? ' (SIMULATED)' : ''}, data to ${source.asOf}`),
  ];
  if (source.stale) lines.push(...staleLines(source.asOf, source.staleReason).map(c.yellow));
  return lines;
}

/** The report as text takes the CLI's valuation (with date, basis and rank), not core's bare one. */
type TextReport = Omit<ReportJson, 'source' | 'valuation'> & Partial<Pick<ReportJson, 'valuation'>>;

export interface TextOptions {
  /** Every study's episodes after the metrics (--episodes). */
  episodes?: boolean;
  /** Why there is no valuation, printed in its place. */
  valuationMissing?: string;
}

/**
 * The text report: verdict first, then "What followed", the returns table, the other metrics, the valuation
 * (or why there is none), every study's episodes when asked, and as-of / source. Fits 80 columns.
 */
export function formatReportText(r: TextReport, source: ReportSource, c: Colors, opts: TextOptions = {}): string {
  const banner = source.simulated ? [c.yellow(c.bold('SIMULATED DATA — seeded sample, not real prices')), ''] : [];
  const why = asOfNote(source.requestedAsOf, r.asOf);
  const note = why ? ` (${why})` : '';
  const followed = whatFollowedLines(r, c);
  return [
    ...banner,
    c.bold(`${r.small} vs ${r.large}`) + c.dim(`  as of ${r.asOf}${note}`),
    '',
    ...verdictLines(r, c),
    '',
    ...(followed.length > 0 ? [...followed, ''] : []),
    returnsTable(r, c),
    '',
    ...metricLines(r, c).flatMap((l) => wrapLine(l)),
    ...valuationLines(r.valuation ?? null, opts.valuationMissing, c),
    ...(opts.episodes ? episodeLines(r.analogs, c) : []),
    '',
    ...footerLines(r, source, c),
  ].join('\n');
}
