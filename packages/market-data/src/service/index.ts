export { createMarketData } from './create-market-data.ts';
export {
  DEFAULT_HISTORY_YEARS,
  DEFAULT_MIN_REFRESH_INTERVAL_MS,
  type FetchMode,
  type GetBarsOptions,
  type MarketData,
  type MarketDataOptions,
  type ValidatedSymbol,
} from './market-data.ts';
export { ADJUSTMENT_TOLERANCE, adjustmentChanged, mergeTail } from './merge-bars.ts';
