export { readingDiscount, tickerDiscount } from './discount.ts';
export { type ParsedReading, parseUserReading, UserReadingSchema } from './reading-schema.ts';
export { type LatestOptions, latestReading, mergeReadings } from './select-readings.ts';
export { SHIPPED_READINGS } from './shipped-readings.ts';
export { isSmallCapProxy, SMALL_CAP_PROXIES, type SmallCapProxy } from './small-cap-proxies.ts';
