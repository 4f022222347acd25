/**
 * The hover card's content for a report (a ticker vs the benchmark, or the market context): relative
 * performance per window, Mansfield RS, RSI of both, correlation with its 5-year band, beta, the
 * ratio chart with its 200-day average, valuation when known, source and as-of (+ stale/simulated),
 * and an "Open Rotation Lens" button. Text only through textContent.
 */
import type { RotationReport, WindowKey } from '@rotation-lens/core';
import type { DataStamp, DiscountView, ReportNotes } from '../../contracts/messages.ts';
import { formatNumber, formatPercent } from '@rotation-lens/present';
import { streakText } from '../../present/badges/streak.ts';
import { leadershipText, stampText } from '../../present/card/card-text.ts';
import { button, line, type Make, maker } from './make.ts';
import { sparkline } from './sparkline.ts';
import { type Refreshed, type ValuationActions, valuationLines } from './valuation.ts';

/** Local copy of core's window order: the content script imports no runtime code from core. */
const WINDOWS: readonly WindowKey[] = ['1W', '1M', '3M', '6M', 'YTD', '1Y'];

export interface CardInput extends ValuationActions {
  report: RotationReport;
  stamp: DataStamp;
  discount?: DiscountView | null;
  /**
   * The report is the market context (small-cap proxy vs benchmark): its regime reads "large-cap
   * leadership". For any other ticker the same regime is "who leads whom" (JPM vs SPY is no small-cap).
   */
  market?: boolean;
  /** Core's record / 52-week-high line and the streak study's answer (worded by the worker). */
  notes?: ReportNotes | undefined;
}


function windowTable(make: Make, r: RotationReport): HTMLTableElement {
  const table = make('table');
  const head = make('tr');
  head.append(make('th', 'Window'), make('th', 'RS change'), make('th', 'Spread'));
  table.append(head);
  for (const w of WINDOWS) {
    const tr = make('tr');
    tr.append(make('td', w), make('td', formatPercent(r.relativeStrength.change[w])), make('td', formatPercent(r.relativeStrength.spread[w])));
    table.append(tr);
  }
  return table;
}

function correlationBand(make: Make, r: RotationReport): HTMLElement[] {
  const c = r.correlation;
  const out: HTMLElement[] = [line(make, `Correlation (${c.window}d)`, formatNumber(c.value, 2))];
  const band = c.band5y;
  if (band) {
    out.push(line(make, '5-year range', `${formatNumber(band.min, 2)} – ${formatNumber(band.max, 2)}`));
    const bar = make('div', undefined, 'band');
    bar.setAttribute('role', 'img');
    bar.setAttribute('aria-label', `correlation ${formatNumber(c.value, 2)} within its 5-year range ${formatNumber(band.min, 2)} to ${formatNumber(band.max, 2)}`);
    if (band.position !== null) {
      const dot = make('span', undefined, 'dot');
      dot.style.left = `calc(${(band.position * 100).toFixed(1)}% - 2px)`;
      bar.append(dot);
    }
    out.push(bar);
  }
  return out;
}

export function buildCard(doc: Document, input: CardInput, refreshed?: Refreshed): HTMLDivElement {
  const make = maker(doc);
  const { report: r, stamp, discount } = input;
  const card = make('div', undefined, 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `${r.small} versus ${r.large}`);
  const notes = input.notes;
  card.append(make('h2', `${r.small} vs ${r.large}`));
  if (notes?.record) card.append(make('p', notes.record, 'para'));
  card.append(windowTable(make, r));
  const since = r.streak.longestSince && Math.abs(r.streak.sessions) >= 2 ? r.streak.longestSince : null;
  card.append(
    line(make, 'Streak', streakText({ ...r.streak, longestSince: null }, r.large, 'full')),
    ...(since ? [line(make, 'Longest run since', since)] : []),
    // The streak study's answer ("… 24 times since 2000; 3 months later …"), only beside a streak of 2+.
    ...(notes?.streakStudy && Math.abs(r.streak.sessions) >= 2 ? [make('p', notes.streakStudy, 'para study')] : []),
    line(make, 'Mansfield RS', formatNumber(r.relativeStrength.mansfield, 1)),
    line(make, 'RSI(14)', `${r.small} ${formatNumber(r.rsi.small, 1)} · ${r.large} ${formatNumber(r.rsi.large, 1)}`),
    ...correlationBand(make, r),
    line(make, 'Beta', formatNumber(r.beta, 2)),
    input.market ? line(make, 'Regime', r.regime.label) : line(make, 'Leadership', leadershipText(r)),
  );
  if (discount) card.append(...valuationLines(make, discount, input, refreshed));
  if (r.series && r.series.ratio.length > 1) {
    const chart = sparkline(doc, { ratio: r.series.ratio, sma: r.series.ratioSma200 });
    chart.setAttribute('aria-label', `${r.small}/${r.large} ratio over the last year (solid) and its 200-day average (dashed)`);
    card.append(make('div', 'Ratio, 1Y (dashed: 200-day avg)', 'foot'), chart);
  }
  card.append(make('div', stampText(stamp), 'foot'));
  card.append(button(make, 'Open Rotation Lens', () => input.onOpen()));
  return card;
}
