/**
 * "A few badges per ticker, not a wall": at most `maxPerSymbol` mentions of a symbol are badged per
 * page (a Yahoo article says "(NASDAQ:AMZN)" in every paragraph). Explicit ticker chips (the adapter's
 * `tickerChip` links) count too but are preferred: when a chip finds its symbol's quota used up by
 * mentions of the same scan, it takes the place of the last of them (so an article gets its chip plus
 * the first in-text mention, whatever their order). Counts span every scan made with the same options
 * object: the page session passes one object to its first scan and to the watcher, so later batches
 * respect the quota; a new session (SPA navigation, settings change) starts afresh.
 */
import type { ScanOptions, TickerHit } from './types.ts';

export const DEFAULT_MAX_PER_SYMBOL = 2;

const countsByOptions = new WeakMap<ScanOptions, Map<string, number>>();

function countsOf(opts: ScanOptions): Map<string, number> {
  let counts = countsByOptions.get(opts);
  if (!counts) {
    counts = new Map();
    countsByOptions.set(opts, counts);
  }
  return counts;
}

/** `opts` with `patch` applied, sharing `opts`' per-symbol counts (the watcher narrows `max` per batch). */
export function withSameQuota(opts: ScanOptions, patch: Partial<ScanOptions>): ScanOptions {
  const derived = { ...opts, ...patch };
  countsByOptions.set(derived, countsOf(opts));
  return derived;
}

export interface SymbolQuota {
  /** True when `symbol` may still get a badge (a chip always may: it can displace a mention). */
  hasRoom(symbol: string, chip: boolean): boolean;
  /** Adds `hit` to `hits` (document order kept) if its symbol has room or it is a chip that can displace a mention. */
  take(hits: TickerHit[], hit: TickerHit, chip: boolean): boolean;
}

/** The quota of one scan with `opts` (counts shared with every scan made with the same options). */
export function symbolQuota(opts: ScanOptions): SymbolQuota {
  const counts = countsOf(opts);
  const cap = opts.maxPerSymbol ?? DEFAULT_MAX_PER_SYMBOL;
  /** Hits of this scan that are chips (never displaced). */
  const chips = new Set<TickerHit>();
  return {
    hasRoom: (symbol, chip) => chip || (counts.get(symbol) ?? 0) < cap,
    take(hits, hit, chip) {
      const n = counts.get(hit.symbol) ?? 0;
      if (n < cap) {
        counts.set(hit.symbol, n + 1);
      } else {
        const i = chip ? hits.findLastIndex((h) => h.symbol === hit.symbol && !chips.has(h)) : -1;
        if (i < 0) return false;
        hits.splice(i, 1);
      }
      if (chip) chips.add(hit);
      hits.push(hit);
      return true;
    },
  };
}
