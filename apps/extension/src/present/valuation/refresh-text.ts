/**
 * What a reader sees after asking for a fresh valuation reading (the card's and the popup's button), in
 * plain words: the new reading's date, that live readings are off (and where to turn them on), or why the
 * fetch failed and which reading stays. The worker words its answer with it; clients show that text.
 */
import type { Reply, ValuationRefresh, ValuationRefreshResult } from '../../contracts/messages.ts';

export const LIVE_OFF_TEXT = 'Live readings are off: turn them on in Options → Valuation readings (they need access to fc.yahoo.com).';

export function refreshText(r: ValuationRefreshResult): string {
  if (r.status === 'fresh') return `Updated: reading of ${r.date} (${r.source}).`;
  if (r.status === 'not-permitted') return LIVE_OFF_TEXT;
  return `Could not refresh (${r.message}); ${r.lastDate ? `the reading of ${r.lastDate} stays` : 'no live reading yet'}.`;
}

/** The words of a reply: the worker's text, or why no answer came. */
export const replyText = (reply: Reply<ValuationRefresh>): string => (reply.ok ? reply.data.text : `Could not refresh: ${reply.error.message}`);
