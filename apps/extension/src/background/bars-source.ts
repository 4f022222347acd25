/**
 * The worker's single way to get bars: an imported CSV for the symbol wins; otherwise the
 * market-data service (cache + providers, stale-while-revalidate). Concurrent requests for one
 * symbol share one call.
 */
import { type BarsResult, createCoalescer, type DailyBar } from '@rotation-lens/market-data';
import type { BarsOptions, CsvStore } from './deps.ts';

export interface MarketDataLike {
  getBars(symbol: string, opts?: { forceRefresh?: boolean }): Promise<BarsResult>;
}

export function createBarsSource(
  market: () => Promise<MarketDataLike>,
  csv: CsvStore,
  parseCsv: (csv: string, symbol: string) => DailyBar[],
): (symbol: string, opts?: BarsOptions) => Promise<BarsResult> {
  const load = async (symbol: string, opts?: BarsOptions): Promise<BarsResult> => {
    const text = await csv.get(symbol);
    if (text !== null) {
      const bars = parseCsv(text, symbol);
      const last = bars.at(-1);
      if (last) return { symbol, provider: 'csv', bars, asOf: last.date, stale: false, fromCache: true };
    }
    return (await market()).getBars(symbol, opts);
  };
  const shared = createCoalescer<BarsResult>();
  return (symbol, opts) => shared.run(`${symbol}|${opts?.forceRefresh ? 'force' : ''}`, undefined, () => load(symbol, opts));
}
