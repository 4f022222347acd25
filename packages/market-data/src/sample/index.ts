export { createSampleProvider, type SampleProviderOptions } from './sample-provider.ts';
export {
  type FactorPath,
  historyStart,
  SAMPLE_DEFAULT_SEED,
  SAMPLE_EPOCH,
  SAMPLE_HISTORY_YEARS,
  SAMPLE_REF_DATE,
  type SimulateUniverseOptions,
  simulateUniverse,
} from './simulate.ts';
export { isSampleTradingDay } from './trading-days.ts';
export { canonicalSampleSymbol, SAMPLE_UNIVERSE, type SampleSymbolParams, sampleParams } from './universe.ts';
