/** Scanner contract: hits reference page nodes; the badge goes right after `anchor` (for Text, after `endOffset`). */
import type { SiteAdapter } from '../sites/types.ts';

export type TickerKind = 'link' | 'cashtag' | 'exchange' | 'watchlist';

export interface TickerHit {
  /** Canonical symbol; always has the ticker shape (isTickerShape) (no markup can get through). */
  symbol: string;
  kind: TickerKind;
  anchor: Element | Text;
  /** For a Text anchor: the character offset right after the ticker. */
  endOffset?: number;
}

export interface ScanOptions {
  adapter?: SiteAdapter;
  /** Canonical symbols of the user's watchlists: the only bare words ever matched. */
  watchlist: ReadonlySet<string>;
  /** Most hits returned by this scan (default 60). */
  max?: number;
  /** Canonical symbols never reported (e.g. the quote page's own symbol). */
  exclude?: ReadonlySet<string>;
  /**
   * Most badged mentions of one symbol per page (default 2, chips preferred: per-symbol.ts). Counted
   * across every scan made with this same options object (first scan + watcher batches).
   */
  maxPerSymbol?: number;
}

/** Attribute on every badge host the extension inserts; the scanner never looks inside or re-badges next to one. */
export const BADGE_HOST_ATTR = 'data-rotation-lens';
