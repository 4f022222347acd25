/**
 * Discount badge: "P/E 14.1 · 38% below S&P" from the page's P/E, or on small-cap proxy pages the
 * dated small-vs-large reading "Fwd P/E 15.6 · 31% below S&P 500 (2026-01-15)". Unknown → a quiet
 * "P/E n/a": never an invented number.
 */
import type { TickerView } from '../../shared/messages.ts';
import { formatDiscount, formatPe } from './format.ts';
import { errorModel } from './loading.ts';
import type { BadgeModel, Density } from './types.ts';

export function discountModel(view: TickerView, density: Density): BadgeModel {
  if (view.status === 'error') return errorModel('discount', view.message);
  const d = view.status === 'ok' ? view.discount : null;
  if (!d) {
    return { kind: 'discount', state: 'ok', tone: 'quiet', text: 'P/E n/a', label: `${view.symbol}: no P/E known, no valuation comparison` };
  }
  const pe = formatPe(d.pe);
  const vs = formatDiscount(d.discount);
  const tone = d.discount > 0 ? 'up' : d.discount < 0 ? 'down' : 'flat';
  const basis = d.basis === 'forward' ? 'forward' : 'trailing';
  if (d.from === 'reading') {
    const when = d.date ? ` (${d.date})` : '';
    return {
      kind: 'discount',
      state: 'ok',
      tone,
      text: density === 'compact' ? `P/E ${pe} · ${vs}` : `Fwd P/E ${pe} · ${vs} S&P 500${when}`,
      note: density === 'compact' ? undefined : d.source,
      label: `Small caps ${basis} P/E ${pe} versus S&P 500 ${formatPe(d.peLarge)}: ${vs} the S&P 500, reading of ${d.date ?? 'unknown date'}, source ${d.source}`,
    };
  }
  return {
    kind: 'discount',
    state: 'ok',
    tone,
    text: density === 'compact' ? `P/E ${pe} · ${vs}` : `P/E ${pe} · ${vs} S&P`,
    label: `${view.symbol} ${basis} P/E ${pe} from this page: ${vs} the S&P 500 forward P/E of ${formatPe(d.peLarge)}${d.date ? ` (${d.date})` : ''}`,
  };
}
