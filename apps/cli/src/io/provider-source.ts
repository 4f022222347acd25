import {
  createAlphaVantageProvider,
  createMarketData,
  createStooqProvider,
  createTiingoProvider,
  createTwelveDataProvider,
  createYahooProvider,
  isMarketDataError,
  type Provider,
  type ProviderOptions,
} from '@rotation-lens/market-data';
import { createFileCache } from '@rotation-lens/market-data/node';
import type { DataSpec } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { CliError } from '../errors.ts';
import { resolveCacheDir } from './cache-dir.ts';
import type { LoadedSeries, SeriesSource } from './series-source.ts';

type ProviderSpec = Extract<DataSpec, { kind: 'provider' }>;
type NetworkProvider = Exclude<ProviderSpec['provider'], 'sample'>;

const FACTORIES: Record<NetworkProvider, (o: ProviderOptions) => Provider> = {
  yahoo: createYahooProvider,
  stooq: createStooqProvider,
  alphavantage: createAlphaVantageProvider,
  tiingo: createTiingoProvider,
  twelvedata: createTwelveDataProvider,
};

/**
 * A network provider behind the market-data service and the file cache (default ~/.cache/rotation-lens).
 * The CLI runs once and exits, so it asks network-first: a due refresh is awaited; if it fails the cached
 * bars are used and the report says "stale". `--offline` never touches the network: cache or a one-line error.
 */
export function createProviderSource(spec: ProviderSpec & { provider: NetworkProvider }, io: CliIo): SeriesSource {
  const cacheDir = resolveCacheDir(spec.cacheDir, io.env, io.cwd);
  const options: ProviderOptions = {
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(spec.apiKey ? { apiKey: spec.apiKey } : {}),
    ...(io.now ? { now: io.now } : {}),
  };
  const service = createMarketData({
    providers: [FACTORIES[spec.provider](options)],
    cache: createFileCache(cacheDir),
    ...(io.now ? { now: io.now } : {}),
    online: () => !spec.offline,
  });
  return {
    label: `${spec.provider}${spec.offline ? ' (offline)' : ''}, cache ${cacheDir}`,
    async load(symbol) {
      try {
        const r = await service.getBars(symbol, { mode: 'network-first' });
        const series: LoadedSeries = { symbol, bars: r.bars, provider: r.provider, simulated: r.simulated === true, stale: r.stale };
        if (r.stale) series.staleReason = spec.offline ? '--offline: no refresh attempted' : (r.refreshError?.message ?? 'refresh pending');
        return series;
      } catch (e) {
        if (spec.offline && isMarketDataError(e) && e.kind === 'Offline') {
          throw new CliError(`offline: no cached prices for ${symbol} in ${cacheDir} (run once without --offline to fetch them)`);
        }
        throw e;
      }
    },
  };
}
