/**
 * A quote page's part of a session: one row of badges after the adapter's anchor, for the page's
 * symbol, with the page's own P/E sent along (the discount badge); drawn at once from the cache
 * (kept or answered texts, else "loading") and asked of the worker.
 */
import type { BadgeKind } from '../../contracts/badge-model.ts';
import { findAnchor } from '../sites/lib/anchor.ts';
import { createRow, placeRow } from './place.ts';
import type { SessionParts } from './session-parts.ts';

const QUOTE_KINDS: readonly BadgeKind[] = ['rs', 'discount', 'streak', 'rotation'];

/** The page's symbol, from its URL or, failing that, its content; null when it has none (or reading throws). */
export function quoteSymbol(parts: SessionParts): string | null {
  const { adapter, url, doc } = parts.deps;
  try {
    return adapter.symbolFromUrl(url) ?? adapter.symbolFromPage?.(doc) ?? null;
  } catch {
    return null;
  }
}

/** Draws the quote row for `symbol`; false when there is no anchor or every quote badge is off. */
export function startQuote(parts: SessionParts, symbol: string): boolean {
  const { doc, adapter, settings } = parts.deps;
  const anchor = findAnchor(doc, adapter);
  const kinds = QUOTE_KINDS.filter((k) => settings.badges[k]);
  if (!anchor || kinds.length === 0) return false;
  try {
    const all = adapter.readPes?.(doc);
    const pe = all?.length ? all : adapter.readPe?.(doc);
    if (pe) parts.pagePe = { [symbol]: pe };
  } catch {
    // A page whose P/E cannot be read simply has no discount (never an invented number).
  }
  const row = createRow(doc);
  for (const k of kinds) row.append(parts.badges.add(k, symbol).host);
  placeRow(anchor, row);
  parts.added.push(row);
  parts.batcher.want([symbol]);
  return true;
}
