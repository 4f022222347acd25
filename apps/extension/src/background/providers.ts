/**
 * Providers in the user's order, built from settings.data.providerOrder and the API keys (from
 * chrome.storage.local; passed to the provider only, never logged). Keyed providers without a key
 * are still listed: they answer NeedsApiKey without a request and the chain moves on.
 */
import {
  createAlphaVantageProvider,
  createCsvProvider,
  createSampleProvider,
  createStooqProvider,
  createTiingoProvider,
  createTwelveDataProvider,
  createYahooProvider,
  type Provider,
  type ProviderId,
} from '@rotation-lens/market-data';
import type { ApiKeys } from '../settings/schema.ts';
import type { CsvStore } from './deps.ts';

type Factory = (keys: ApiKeys, csv: CsvStore) => Provider;

const withKey = (key: string | undefined) => (key ? { apiKey: key } : {});

export const PROVIDER_FACTORIES: Record<ProviderId, Factory> = {
  yahoo: () => createYahooProvider(),
  stooq: (k) => createStooqProvider(withKey(k.stooq)),
  alphavantage: (k) => createAlphaVantageProvider(withKey(k.alphavantage)),
  tiingo: (k) => createTiingoProvider(withKey(k.tiingo)),
  twelvedata: (k) => createTwelveDataProvider(withKey(k.twelvedata)),
  csv: (_k, csv) => createCsvProvider({ load: (symbol) => csv.get(symbol) }),
  sample: () => createSampleProvider(),
};

export function buildProviders(order: readonly ProviderId[], keys: ApiKeys, csv: CsvStore): Provider[] {
  const ids = [...new Set(order)];
  return (ids.length ? ids : (['yahoo'] as ProviderId[])).map((id) => PROVIDER_FACTORIES[id](keys, csv));
}
