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

export class SymbolQuota {
  private readonly counts: Map<string, number>;
  private readonly cap: number;
  /** Hits of this scan that are chips (never displaced). */
  private readonly chips = new Set<TickerHit>();

  constructor(opts: ScanOptions) {
    this.counts = countsOf(opts);
    this.cap = opts.maxPerSymbol ?? DEFAULT_MAX_PER_SYMBOL;
  }

  /** True when `symbol` may still get a badge (a chip always may: it can displace a mention). */
  hasRoom(symbol: string, chip: boolean): boolean {
    return chip || (this.counts.get(symbol) ?? 0) < this.cap;
  }

  /** Adds `hit` to `hits` (document order kept) if its symbol has room or it is a chip that can displace a mention. */
  take(hits: TickerHit[], hit: TickerHit, chip: boolean): boolean {
    const n = this.counts.get(hit.symbol) ?? 0;
    if (n < this.cap) {
      this.counts.set(hit.symbol, n + 1);
    } else {
      const i = chip ? hits.findLastIndex((h) => h.symbol === hit.symbol && !this.chips.has(h)) : -1;
      if (i < 0) return false;
      hits.splice(i, 1);
    }
    if (chip) this.chips.add(hit);
    hits.push(hit);
    return true;
  }
}
