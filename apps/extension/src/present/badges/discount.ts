/**
 * Discount badge, kept short (details and source go to the card):
 * - a ticker with a P/E on its page: "P/E 14.1 · 38% below S&P";
 * - a small-cap proxy (IWM, IJR, VB, ^RUT, ^SP600): the dated small-vs-large reading, labelled as the
 *   small caps' valuation, never as the page's own P/E: "Small caps 31% below S&P 500 · fwd P/E 15.6 vs 22.6 · Jan 2026".
 * Unknown → a quiet "P/E n/a": never an invented number.
 */
import type { DiscountView, TickerView } from '../../contracts/messages.ts';
import { formatDiscount, formatMonth, formatPe } from '@rotation-lens/present';
import { errorModel } from './loading.ts';
import { stampNote, stampSentence } from './stamp-note.ts';
import type { BadgeModel, Density } from '../../contracts/badge-model.ts';

/** "fwd P/E" or "P/E" (trailing). */
export const peName = (d: Pick<DiscountView, 'basis'>) => (d.basis === 'forward' ? 'fwd P/E' : 'P/E');

/** " · as of Jan 2026" after a stale reading's text (more than 45 days old at display time), else ''. */
export const staleMark = (d: Pick<DiscountView, 'stale' | 'date'>): string => {
  const month = d.stale ? formatMonth(d.date) : null;
  return month ? ` · as of ${month}` : '';
};

/** The reading's small-vs-large comparison as one badge line. */
export function readingText(d: DiscountView, density: Density): string {
  const vs = formatDiscount(d.discount);
  const large = d.largeIndex ?? 'S&P 500';
  if (density === 'compact') return `Small caps ${peName(d)} ${vs}${staleMark(d)}`;
  const month = formatMonth(d.date);
  return `Small caps ${vs} ${large} · ${peName(d)} ${formatPe(d.pe)} vs ${formatPe(d.peLarge)}${month ? ` · ${month}` : ''}`;
}

export function discountModel(view: TickerView, density: Density): BadgeModel {
  if (view.status === 'error') return errorModel('discount', view.message);
  // The ticker's data freshness, marked as on every badge of the row (the comparison is made with it).
  const stamp = view.status === 'ok' ? view.stamp : undefined;
  const { note, state } = stampNote(stamp);
  const fresh = { state, ...(note ? { note } : {}) };
  const d = view.status === 'ok' ? view.discount : null;
  const alone = view.status === 'ok' ? view.pagePe : undefined;
  if (!d && alone) {
    const name = alone.basis === 'forward' ? 'forward' : 'trailing';
    return {
      kind: 'discount',
      ...fresh,
      tone: 'quiet',
      text: `${peName(alone)} ${formatPe(alone.pe)}`,
      label: `${view.symbol} ${name} P/E ${formatPe(alone.pe)} from this page; no S&P 500 ${name} P/E reading to compare it with${stampSentence(stamp)}`,
    };
  }
  if (!d) {
    return { kind: 'discount', ...fresh, tone: 'quiet', text: 'P/E n/a', label: `${view.symbol}: no P/E known, no valuation comparison${stampSentence(stamp)}` };
  }
  const pe = formatPe(d.pe);
  const vs = formatDiscount(d.discount);
  const tone = d.discount > 0 ? 'up' : d.discount < 0 ? 'down' : 'flat';
  const basis = d.basis === 'forward' ? 'forward' : 'trailing';
  if (d.from === 'reading') {
    const small = d.smallIndex ?? 'small caps';
    const large = d.largeIndex ?? 'S&P 500';
    return {
      kind: 'discount',
      ...fresh,
      tone,
      text: readingText(d, density),
      label: `Small caps: ${small} ${basis} P/E ${pe} versus ${large} ${formatPe(d.peLarge)}, ${vs} the ${large}; reading of ${d.date ?? 'unknown date'}, source ${d.source}. Not ${view.symbol}'s own P/E${stampSentence(stamp)}.`,
    };
  }
  return {
    kind: 'discount',
    ...fresh,
    tone,
    text: `${peName(d)} ${pe} · ${vs}${density === 'compact' ? '' : ' S&P'}${staleMark(d)}`,
    label: `${view.symbol} ${basis} P/E ${pe} from this page: ${vs} the ${d.largeIndex ?? 'S&P 500'} ${basis} P/E of ${formatPe(d.peLarge)}${d.date ? ` (${d.date}${d.stale ? ', stale' : ''})` : ''}${alternateSentence(d)}${stampSentence(stamp)}`,
  };
}

/** The page's other basis, when it shows both P/Es: "; trailing P/E 33.9: 24% above the S&P 500 trailing P/E of 27.3". */
function alternateSentence(d: DiscountView): string {
  const a = d.alternate;
  if (!a) return '';
  return `; ${a.basis} P/E ${formatPe(a.pe)}: ${formatDiscount(a.discount)} the ${a.largeIndex ?? 'S&P 500'} ${a.basis} P/E of ${formatPe(a.peLarge)}${a.date ? ` (${a.date}${a.stale ? ', stale' : ''})` : ''}`;
}
