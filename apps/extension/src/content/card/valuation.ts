/**
 * The card's valuation part, saying exactly what is compared:
 * - a small-cap proxy: the dated reading of the two indices, "S&P 600 vs S&P 500 forward P/E (reading of
 *   2026-01): 15.6 vs 22.6 — 31% discount", then its source — not the proxy's own P/E;
 * - a ticker: each P/E read from this page vs the S&P 500 P/E of the same basis, with its reading's date;
 * a reading more than 45 days old says so.
 */
import type { DiscountView } from '../../contracts/messages.ts';
import { discountWord, formatPe } from '@rotation-lens/present';
import type { Make } from './make.ts';

/** "2026-01-01" → "2026-01" (the shipped readings are month-level); other shapes as they are. */
const readingMonth = (date: string | null) => (date ? (/^\d{4}-\d{2}/.exec(date)?.[0] ?? date) : 'undated');

export function valuationLines(make: Make, d: DiscountView): HTMLElement[] {
  const large = d.largeIndex ?? 'S&P 500';
  if (d.from === 'reading') {
    const what = `${d.smallIndex ?? 'Small caps'} vs ${large} ${d.basis} P/E (reading of ${readingMonth(d.date)})`;
    return [
      make('div', `${what}: ${formatPe(d.pe)} vs ${formatPe(d.peLarge)} — ${discountWord(d.discount)}`, 'para'),
      ...staleLine(make, d),
      make('div', `Source: ${d.source}`, 'foot'),
    ];
  }
  const pair = (label: string, value: string) => {
    const row = make('div', undefined, 'row');
    row.append(make('span', label), make('span', value));
    return row;
  };
  const comparison = (v: DiscountView) => [
    pair(`${v.basis === 'forward' ? 'Forward' : 'Trailing'} P/E on this page`, formatPe(v.pe)),
    pair(`${v.largeIndex ?? large} ${v.basis} P/E`, `${formatPe(v.peLarge)}${v.date ? ` (${readingMonth(v.date)})` : ''}`),
    make('div', `${discountWord(v.discount)} to the ${v.largeIndex ?? large}`, 'sub'),
    ...staleLine(make, v),
  ];
  return [...comparison(d), ...(d.alternate ? comparison(d.alternate) : [])];
}

/** "Stale: as of 2026-01 (more than 45 days old) — refresh or add a reading in Options" for an old reading. */
function staleLine(make: Make, d: DiscountView): HTMLElement[] {
  if (!d.stale) return [];
  return [make('div', `Stale: as of ${readingMonth(d.date)} (more than 45 days old) — refresh or add a reading in Options`, 'sub')];
}
