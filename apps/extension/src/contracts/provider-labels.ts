/** Human names of the data providers, for every place that shows where data came from (popup, options, hover card). */
import type { ProviderId } from '@rotation-lens/market-data';

export const PROVIDER_LABELS: Readonly<Record<ProviderId, string>> = {
  yahoo: 'Yahoo Finance',
  stooq: 'Stooq',
  alphavantage: 'Alpha Vantage',
  tiingo: 'Tiingo',
  twelvedata: 'Twelve Data',
  csv: 'Imported CSV',
  sample: 'Sample (simulated)',
};
