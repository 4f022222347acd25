import { STALE_AFTER_DAYS } from '@rotation-lens/market-data';
import type { ReportValuation } from '../valuation/report-valuation.ts';
import type { Colors } from './color.ts';
import { num, ordinal, pctUnsigned } from './numbers.ts';
import { wrapLine } from './wrap.ts';

const INDENT = 'Valuation: '.length;
const REFRESH_HINT = 'refresh with --provider yahoo, or give --pe-small X --pe-large Y';

/**
 * "Valuation: forward P/E S&P 600 15.6 vs S&P 500 22.6 → 31.0% discount", then its date, rank and source, and
 * a yellow "Stale" line when the reading is past STALE_AFTER_DAYS. Without a reading: one line saying why.
 */
export function valuationLines(v: ReportValuation | null, missing: string | undefined, c: Colors): string[] {
  if (!v) return missing ? wrapLine(`Valuation: n/a (${missing})`, undefined, INDENT) : [];
  const side = v.discount >= 0 ? 'discount' : 'premium';
  const head = `Valuation: ${v.basis} P/E ${v.smallIndex} ${num(v.peSmall, 1)} vs ${v.largeIndex} ${num(v.peLarge, 1)} → ${pctUnsigned(Math.abs(v.discount))} ${side}`;
  const rank = v.percentile === undefined ? '' : ` · ${ordinal(Math.round(v.percentile))} percentile of ${v.readings} ${v.basis} readings`;
  const lines = [
    head,
    `as of ${v.date}${rank}`,
    `source: ${v.source}${v.published ? ' (published figure)' : ''}`,
  ].flatMap((l, i) => wrapLine(i === 0 ? l : `${' '.repeat(INDENT)}${l}`, undefined, INDENT));
  if (v.refreshError) lines.push(...wrapLine(`${' '.repeat(INDENT)}live refresh failed: ${v.refreshError}`, undefined, INDENT).map(c.yellow));
  if (v.stale) {
    lines.push(...wrapLine(`Stale valuation: as of ${v.date.slice(0, 7)}, more than ${STALE_AFTER_DAYS} days old; ${REFRESH_HINT}`, undefined, INDENT).map(c.yellow));
  }
  return lines;
}
