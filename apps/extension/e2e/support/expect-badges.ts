/**
 * The texts the badges must contain for a ticker and for the market context, built from core's numbers
 * with the extension's formatters (@rotation-lens/present). Only the numbers' rendering is shared
 * with the product; the numbers come from core on the bars the server sent.
 */
import type { RotationReport } from '@rotation-lens/core';
import { SHIPPED_READINGS, isReadingStale, latestReading } from '@rotation-lens/market-data';
import { arrow, formatDiscount, formatMonth, formatPe, formatPercent, formatPoints, sessions } from '@rotation-lens/present';
import type { Settings } from '../../src/settings/schema.ts';

export function rsFragment(report: RotationReport, settings: Settings): string {
  const w = settings.comparison.rsWindow;
  const change = report.relativeStrength.change[w];
  return `${arrow(change)} RS ${formatPercent(change)} ${w}`;
}

export function streakFragment(report: RotationReport): string {
  const n = report.streak.sessions;
  if (n === 0) return `even with ${report.large}`;
  // "Longest since" is shown for runs of 2+ sessions only (a 1-session run always has one).
  const since = report.streak.longestSince && Math.abs(n) >= 2 ? ` · longest since ${report.streak.longestSince}` : '';
  return `${arrow(n)} ${sessions(n)} ${n > 0 ? 'beating' : 'trailing'} ${report.large}${since}`;
}

/** The S&P 500 reading of the same basis a page P/E is compared with (like with like); null when none is shipped. */
export function benchmarkFor(basis: 'forward' | 'trailing') {
  return latestReading(SHIPPED_READINGS.filter((r) => r.basis === basis));
}

/**
 * The discount badge of a page P/E: compared with the S&P 500 P/E of the same basis, marked "as of <month>" when
 * that reading is more than 45 days old at `now`; with no reading of its basis, the page P/E alone.
 */
export function discountFragment(pe: { pe: number; basis: 'forward' | 'trailing' } | null, now = new Date()): string {
  if (!pe) return 'P/E n/a';
  const name = pe.basis === 'forward' ? 'fwd P/E' : 'P/E';
  const r = benchmarkFor(pe.basis);
  if (!r) return `${name} ${formatPe(pe.pe)}`;
  const stale = isReadingStale(r.date, now) ? ` · as of ${formatMonth(r.date)}` : '';
  return `${name} ${formatPe(pe.pe)} · ${formatDiscount(1 - pe.pe / r.peLarge)} S&P${stale}`;
}

/** "IWM vs SPY: large-cap leadership · IWM ahead last session · YTD −12.4 pts" (who led the latest sessions, spread in points). */
export function rotationFragment(context: RotationReport): string {
  const { small, large } = context;
  const n = context.streak.sessions;
  const side = n > 0 ? 'ahead' : 'behind';
  const lead = n === 0 ? `${small} even with ${large}` : Math.abs(n) === 1 ? `${small} ${side} last session` : `${small} ${side} ${sessions(n)}`;
  return `${small} vs ${large}: ${context.regime.label} · ${lead} · YTD ${formatPoints(context.relativeStrength.spread.YTD)}`;
}

/** The small-cap proxy's discount badge: the dated reading, labelled as small caps vs the S&P 500. */
export function readingFragment(): string {
  const r = contextValuation();
  if (!r) throw new Error('no shipped valuation reading');
  return `S&P 500 · fwd P/E ${formatPe(r.peSmall)} vs ${formatPe(r.peLarge)} · ${formatMonth(r.date)}`;
}

/** Valuation input of the context report, as the worker builds it from the latest reading. */
export function contextValuation(): { peSmall: number; peLarge: number; date: string; source: string } | null {
  const r = latestReading(SHIPPED_READINGS);
  return r ? { peSmall: r.peSmall, peLarge: r.peLarge, date: r.date, source: r.source } : null;
}
