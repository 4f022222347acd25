/**
 * The card's valuation part, saying exactly what is compared:
 * - a small-cap proxy: the dated reading of the two indices, "S&P 600 vs S&P 500 forward P/E (reading of
 *   2026-01): 15.6 vs 22.6 — 31% discount", then its source — not the proxy's own P/E;
 * - a ticker: each P/E read from this page vs the S&P 500 P/E of the same basis, with its reading's date;
 * a reading more than 45 days old says so, with "Refresh reading" (a live reading now) and "Add a reading"
 * (the options page's readings); the last refresh's answer in words stays under it while the card is open.
 */
import type { DiscountView, OptionsSection, Reply, ValuationRefresh } from '../../contracts/messages.ts';
import { discountWord, formatPe } from '@rotation-lens/present';
import { readingMonth, readingSentence, staleText } from '../../present/card/card-text.ts';
import { replyText } from '../../present/valuation/refresh-text.ts';
import { button, line, type Make } from './make.ts';

/** What the page gives a card to act on its valuation (part of the card's input, card.ts). */
export interface ValuationActions {
  /** Opens the options page (at a section: "Add a reading" opens the valuation readings). */
  onOpen: (section?: OptionsSection) => void;
  /** Asks the worker for a live valuation reading now; resolves once the page's badges show its answer. */
  refreshValuation?: () => Promise<Reply<ValuationRefresh>>;
}

/** What the controller adds to a card's input: the last refresh's answer and what to do with the next. */
export interface Refreshed {
  notice?: string | undefined;
  done(text: string): void;
}

export function valuationLines(make: Make, d: DiscountView, input?: ValuationActions, after?: Refreshed): HTMLElement[] {
  const tail = [...(d.stale || d.alternate?.stale ? actions(make, input, after) : []), ...(after?.notice ? [make('output', after.notice, 'sub')] : [])];
  if (d.from === 'reading') {
    return [make('div', readingSentence(d), 'para'), ...staleLine(make, d), make('div', `Source: ${d.source}`, 'foot'), ...tail];
  }
  const large = d.largeIndex ?? 'S&P 500';
  const comparison = (v: DiscountView) => [
    line(make, `${v.basis === 'forward' ? 'Forward' : 'Trailing'} P/E on this page`, formatPe(v.pe)),
    line(make, `${v.largeIndex ?? large} ${v.basis} P/E`, `${formatPe(v.peLarge)}${v.date ? ` (${readingMonth(v.date)})` : ''}`),
    make('div', `${discountWord(v.discount)} to the ${v.largeIndex ?? large}`, 'sub'),
    ...staleLine(make, v),
  ];
  return [...comparison(d), ...(d.alternate ? comparison(d.alternate) : []), ...tail];
}

function staleLine(make: Make, d: DiscountView): HTMLElement[] {
  const text = staleText(d);
  return text ? [make('div', text, 'sub')] : [];
}

/** "Refresh reading" (when the page can ask the worker) and "Add a reading" (options → valuation). */
function actions(make: Make, input: ValuationActions | undefined, after: Refreshed | undefined): HTMLElement[] {
  if (!input) return [];
  const row = make('div', undefined, 'row');
  const ask = input.refreshValuation;
  if (ask && after) {
    // aria-disabled, not disabled: disabling the focused button would blur it, and the card closes on blur.
    row.append(button(make, 'Refresh reading', (b) => {
      if (b.getAttribute('aria-disabled')) return;
      b.setAttribute('aria-disabled', 'true');
      void ask().then((reply) => after.done(replyText(reply)));
    }));
  }
  row.append(button(make, 'Add a reading', () => input.onOpen('valuation')));
  return [row];
}
