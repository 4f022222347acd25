export { readingDiscount, tickerDiscount } from './discount.ts';
export {
  emptyLiveState,
  type LiveRefreshResult,
  type LiveValuationState,
  LiveValuationStateSchema,
  type LiveValuationStore,
  loadLiveState,
  type RefreshOptions,
  refreshLiveValuation,
} from './live-valuation.ts';
export { readingPairKey, readingsOfPair, valuationPairKey, valuationSide } from './pair.ts';
export { addReadings, liveFetchDue, MAX_LIVE_READINGS } from './reading-history.ts';
export { comparableHistory, type ReadingPercentile, readingPercentile } from './reading-percentile.ts';
export { type ParsedReading, parseUserReading, UserReadingSchema } from './reading-schema.ts';
export { type LatestOptions, latestReading, mergeReadings } from './select-readings.ts';
export { SHIPPED_READINGS } from './shipped-readings.ts';
export { isReadingStale, readingAgeDays, STALE_AFTER_DAYS } from './staleness.ts';
export { createYahooSession, isCrumbRefusal, YAHOO_COOKIE_URL, type YahooSession, type YahooSessionOptions } from './yahoo-session.ts';
export {
  createYahooValuationSource,
  liveReadingId,
  type PeBasis,
  type ValuationPair,
  type LiveValuationSource,
  YAHOO_VALUATION_SOURCE,
} from './yahoo-valuation.ts';
export { isSmallCapProxy, SMALL_CAP_PROXIES, type SmallCapProxy } from './small-cap-proxies.ts';
