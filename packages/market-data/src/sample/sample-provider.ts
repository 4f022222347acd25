/**
 * The Sample provider: the project's seeded simulator behind the Provider interface.
 * Works offline for ANY symbol; every series it returns has `simulated: true` so displays label it.
 * Deterministic per (seed, symbol, end).
 */
import { isIsoDate } from '@rotation-lens/core';
import { BadResponse, UnknownSymbol } from '../errors.ts';
import { dateInZone, NEW_YORK } from '../providers/session-date.ts';
import { isTickerShape } from '../symbols.ts';
import type { BarRequest, BarSeries, Provider } from '../types.ts';
import {
  type FactorPath,
  historyStart,
  SAMPLE_DEFAULT_SEED,
  sampleSeries,
  simulateFactors,
  simulateSymbol,
} from './simulate.ts';
import { canonicalSampleSymbol, sampleParams } from './universe.ts';

export interface SampleProviderOptions {
  seed?: number;
  /** Last date (inclusive). Default: today in New York, evaluated at each call. */
  end?: string | Date;
  /** Clock for the default `end` (tests). */
  now?: () => Date;
  /** History length in years (default 10). */
  years?: number;
}


export function createSampleProvider(opts: SampleProviderOptions = {}): Provider {
  const seed = opts.seed ?? SAMPLE_DEFAULT_SEED;
  const now = opts.now ?? (() => new Date());
  const endOf = (): string => {
    if (opts.end instanceof Date) return dateInZone(opts.end.getTime(), NEW_YORK);
    return opts.end ?? dateInZone(now().getTime(), NEW_YORK);
  };
  // One factor path per end date; reused across symbols so a universe costs one factor simulation.
  let cached: { end: string; path: FactorPath } | null = null;
  const pathFor = (end: string): FactorPath => {
    if (cached?.end !== end) cached = { end, path: simulateFactors(seed, end) };
    return cached.path;
  };

  return {
    id: 'sample',
    label: 'Sample (simulated)',
    needsKey: false,
    async getDailyBars(req: BarRequest): Promise<BarSeries> {
      req.signal?.throwIfAborted();
      const symbol = canonicalSampleSymbol(req.symbol);
      if (!isTickerShape(symbol)) throw new UnknownSymbol('sample', req.symbol);
      const end = endOf();
      if (!isIsoDate(end)) throw new BadResponse('sample', symbol, `end is not a date: ${end}`);
      for (const d of [req.from, req.to]) {
        if (d !== undefined && !isIsoDate(d)) throw new BadResponse('sample', symbol, `not a date: ${d}`);
      }
      // Without `from`: the last ~10 years; with it, anything back to SAMPLE_EPOCH.
      const from = req.from ?? historyStart(end, opts.years);
      const to = req.to && req.to < end ? req.to : end;
      const bars = simulateSymbol(pathFor(end), sampleParams(symbol), from, to);
      return sampleSeries(symbol, bars);
    },
  };
}
