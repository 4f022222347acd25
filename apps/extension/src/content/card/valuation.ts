/**
 * The card's valuation part, saying exactly what is compared:
 * - a small-cap proxy: the dated reading of the two indices, "S&P 600 vs S&P 500 forward P/E (reading of
 *   2026-01): 15.6 vs 22.6 — 31% discount", then its source — not the proxy's own P/E;
 * - a ticker: the P/E read from this page vs the S&P 500 forward P/E of the latest reading.
 */
import type { DiscountView } from '../../shared/messages.ts';
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
      make('div', `Source: ${d.source}`, 'foot'),
    ];
  }
  const pair = (label: string, value: string) => {
    const row = make('div', undefined, 'row');
    row.append(make('span', label), make('span', value));
    return row;
  };
  return [
    pair('P/E on this page', `${formatPe(d.pe)} (${d.basis})`),
    pair(`${large} P/E`, `${formatPe(d.peLarge)} (forward${d.date ? `, ${readingMonth(d.date)}` : ''})`),
    make('div', `${discountWord(d.discount)} to the ${large}`, 'sub'),
  ];
}
