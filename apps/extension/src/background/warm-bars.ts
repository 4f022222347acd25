/**
 * The worker's in-memory layer in front of the bars source: a warm worker answers repeat requests
 * (page reloads, popup opens, SPA navigations) without touching IndexedDB or chrome.storage, and
 * without asking the network again for a symbol the provider just called unknown.
 *
 * Invariants:
 *  - only results that are not stale are kept (a stale result means a refresh is pending or failed:
 *    the next request must see its outcome), for at most `freshMs`; a stale answer (e.g. a forced
 *    refresh that failed) drops what was kept;
 *  - UnknownSymbol is remembered for `unknownMs` (other errors never: they may be transient);
 *  - a forced refresh always reaches the source and replaces what was kept;
 *  - entries live in the worker's Memo, so everything that drops memoised views (settings change,
 *    refresh, clear-cache, CSV import) drops these too.
 */
import type { BarsResult } from '@rotation-lens/market-data';
import type { BarsOptions } from './deps.ts';
import { errorInfo } from './errors.ts';
import { WARM_FRESH_MS, WARM_UNKNOWN_MS } from './freshness.ts';
import type { Memo } from './memo.ts';


type BarsFn = (symbol: string, opts?: BarsOptions) => Promise<BarsResult>;
type Kept = { at: number; result: BarsResult } | { at: number; error: unknown };

export interface WarmBarsOptions {
  memo: Memo;
  freshMs?: number;
  unknownMs?: number;
  now?: () => number;
}

export const warmKey = (symbol: string): string => `bars|${symbol}`;

export function warmBars(source: BarsFn, opts: WarmBarsOptions): BarsFn {
  const { memo } = opts;
  const freshMs = opts.freshMs ?? WARM_FRESH_MS;
  const unknownMs = opts.unknownMs ?? WARM_UNKNOWN_MS;
  const now = opts.now ?? Date.now;
  return async (symbol, o) => {
    const key = warmKey(symbol);
    if (!o?.forceRefresh) {
      const kept = memo.get<Kept>(key);
      if (kept && 'result' in kept && now() - kept.at < freshMs) return kept.result;
      if (kept && 'error' in kept && now() - kept.at < unknownMs) throw kept.error;
    }
    try {
      const result = await source(symbol, o);
      if (result.stale) memo.delete(key);
      else memo.set<Kept>(key, { at: now(), result });
      return result;
    } catch (e) {
      if (errorInfo(e).kind === 'UnknownSymbol') memo.set<Kept>(key, { at: now(), error: e });
      throw e;
    }
  };
}
