import {
  type BarsResult,
  type ChainWait,
  createAlphaVantageProvider,
  createMarketData,
  createProviderChain,
  createStooqProvider,
  createTiingoProvider,
  createTwelveDataProvider,
  createYahooProvider,
  escapeControls,
  isMarketDataError,
  isTimedOut,
  lastCompletedSession,
  type MarketDataError,
  type Provider,
  type ProviderOptions,
  secondsText,
} from '@rotation-lens/market-data';
import { createFileCache } from '@rotation-lens/market-data/node';
import type { DataSpec } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { CliError } from '../errors.ts';
import { providerBaseUrl } from './base-url.ts';
import { resolveCacheDir } from './cache-dir.ts';
import { createLoadDeadline } from './network-deadline.ts';
import type { LoadedSeries, SeriesSource } from './series-source.ts';
import { skipAfterTimeout } from './skip-after-timeout.ts';

type ProviderSpec = Extract<DataSpec, { kind: 'provider' }>;
type NetworkProvider = Exclude<ProviderSpec['provider'], 'sample'>;

const FACTORIES: Record<NetworkProvider, (o: ProviderOptions) => Provider> = {
  yahoo: createYahooProvider,
  stooq: createStooqProvider,
  alphavantage: createAlphaVantageProvider,
  tiingo: createTiingoProvider,
  twelvedata: createTwelveDataProvider,
};

/** A file-system failure of the cache folder as one clear line (it is not a folder, or not writable); else null. */
function cacheProblem(e: unknown, cacheDir: string): CliError | null {
  const code = e !== null && typeof e === 'object' && 'code' in e ? String(e.code) : '';
  if (code === 'ENOTDIR' || code === 'EEXIST') return new CliError(`--cache-dir: ${cacheDir} is not a folder`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new CliError(`--cache-dir: cannot write to ${cacheDir} (${code})`);
  return null;
}

/** "50 requests an hour" / "60 requests a minute": a provider's allowance in a wait notice. */
function allowanceText(perMinute: number): string {
  return perMinute < 1 ? `${Math.round(perMinute * 60)} requests an hour` : `${Math.round(perMinute)} requests a minute`;
}

/** One stderr line before a wait of a second or more, so the user knows what the CLI waits for and how long. */
export function waitNotice(w: ChainWait): string {
  const why = w.reason === 'rate-limit' && w.limit ? `${w.provider}'s limit of ${allowanceText(w.limit.perMinute)}` : `${w.provider} to recover (retry)`;
  return `rotation: waiting ${secondsText(w.ms)} for ${why} before asking for ${w.symbol}\n`;
}

/** The one line for a failed load without cached prices, in the CLI's words (flags, not the Options page). */
function loadFailure(e: MarketDataError, spec: ProviderSpec, symbol: string, host: string, cacheDir: string): Error {
  if (e.kind === 'NeedsApiKey') {
    return new CliError(
      spec.apiKey
        ? `${spec.provider} did not accept the API key (check env ROTATION_API_KEY or --api-key)`
        : `${spec.provider} needs an API key: env ROTATION_API_KEY=KEY (or --api-key KEY)`,
    );
  }
  if (isTimedOut(e)) return new CliError(`${e.message}, and no cached prices in ${cacheDir} (--timeout SECONDS waits longer)`);
  if (e.kind !== 'Offline') return e;
  if (spec.offline) return new CliError(`offline: no cached prices for ${symbol} in ${cacheDir} (run once without --offline to fetch them)`);
  return new CliError(`cannot reach ${host} for ${symbol} (network error) and no cached prices in ${cacheDir}`);
}

/** Why cached prices are behind the market, for the report's "Stale:" line. */
function staleCause(r: BarsResult, offline: boolean): string {
  if (offline) return '--offline: no refresh attempted';
  if (r.refreshError) return `refresh failed: ${r.refreshError.message}`;
  return r.fromCache ? 'checked less than 15 minutes ago' : `${r.provider} has no newer prices`;
}

/**
 * A network provider behind the market-data service and the file cache (default ~/.cache/rotation-lens).
 * The CLI runs once and exits, so it asks network-first: a due refresh is awaited — within the request deadline
 * (--timeout) and the load budget (network-deadline.ts) — and if it fails or runs out of time the cached bars
 * are used at once. Waits for a rate limit are announced on stderr, or fail at once when longer than a request
 * may take. Prices ending before the last completed NYSE session are marked stale with the cause (the report
 * prints a "Stale:" line). `--offline` never touches the network: cache or a one-line error.
 */
export function createProviderSource(spec: ProviderSpec & { provider: NetworkProvider }, io: CliIo): SeriesSource {
  const cacheDir = resolveCacheDir(spec.cacheDir, io.env, io.cwd);
  const baseUrl = providerBaseUrl(spec.provider, io.env);
  const deadline = createLoadDeadline(spec.timeoutMs);
  const options: ProviderOptions = {
    deadline,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(spec.apiKey ? { apiKey: spec.apiKey } : {}),
    ...(io.now ? { now: io.now } : {}),
  };
  const service = createMarketData({
    providers: [skipAfterTimeout(FACTORIES[spec.provider](options))],
    chain: (providers) => createProviderChain(providers, { deadline, onWait: (w) => io.stderr(waitNotice(w)) }),
    cache: createFileCache(cacheDir, { onWarning: (m) => io.stderr(`rotation: warning: ${escapeControls(m)}\n`) }),
    ...(io.now ? { now: io.now } : {}),
    online: () => !spec.offline,
  });
  const host = baseUrl ? `${spec.provider} at ${new URL(baseUrl).host}` : spec.provider;
  const now = io.now ?? (() => new Date());
  return {
    // The label names only the host of an override: a URL may carry credentials.
    label: `${spec.provider}${baseUrl ? ` via ${new URL(baseUrl).host}` : ''}${spec.offline ? ' (offline)' : ''}, cache ${cacheDir}`,
    async load(symbol) {
      let r: BarsResult;
      deadline.start();
      try {
        r = await service.getBars(symbol, { mode: 'network-first' });
      } catch (e) {
        if (!isMarketDataError(e)) throw cacheProblem(e, cacheDir) ?? e;
        // The package's message points to the extension's Options page; the CLI has its own ways.
        throw loadFailure(e, spec, symbol, host, cacheDir);
      }
      const series: LoadedSeries = { symbol, bars: r.bars, provider: r.provider, simulated: r.simulated === true, stale: r.stale };
      const lastSession = lastCompletedSession(now());
      if (r.stale || r.asOf < lastSession) {
        series.stale = true;
        series.staleReason = `the last completed session is ${lastSession}; ${staleCause(r, spec.offline)}`;
      }
      return series;
    },
  };
}
