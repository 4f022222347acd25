import type { ValuationReading } from '../types.ts';

/** A live-shaped IWM vs SPY trailing reading for tests; `extra` overrides any field. */
export const testReading = (id: string, date: string, peSmall = 18, extra: Partial<ValuationReading> = {}): ValuationReading => ({
  id,
  date,
  smallIndex: 'IWM',
  largeIndex: 'SPY',
  peSmall,
  peLarge: 27,
  basis: 'trailing',
  source: 'Yahoo Finance, trailing P/E',
  shipped: false,
  ...extra,
});
