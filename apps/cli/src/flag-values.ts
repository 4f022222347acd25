import type { PriceField } from '@rotation-lens/core';
import { isCalendarDate, isTickerShape } from '@rotation-lens/market-data';
import { UsageError } from './errors.ts';

export const PROVIDERS = ['yahoo', 'stooq', 'alphavantage', 'tiingo', 'twelvedata', 'sample', 'csv'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Smallest correlation/beta/volatility window that still means something (one trading month). */
export const MIN_WINDOW = 20;
/** Largest window: about 40 years of sessions. */
export const MAX_WINDOW = 10_000;


export function parseSymbolFlag(raw: string, flag: string): string {
  const symbol = raw.trim().toUpperCase();
  if (!isTickerShape(symbol)) throw new UsageError(`${flag}: "${raw}" is not a ticker symbol (e.g. IWM, ^RUT, BRK-B)`);
  return symbol;
}

/** A real calendar date written YYYY-MM-DD. */
export function parseDateFlag(raw: string, flag: string): string {
  if (!isCalendarDate(raw)) throw new UsageError(`${flag}: "${raw}" is not a date (use YYYY-MM-DD, e.g. 2024-06-28)`);
  return raw;
}

export function parseWindowFlag(raw: string): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--window: "${raw}" is not a whole number of sessions`);
  const n = Number(raw);
  if (n < MIN_WINDOW || n > MAX_WINDOW) throw new UsageError(`--window: ${n} is out of range (${MIN_WINDOW}–${MAX_WINDOW} sessions)`);
  return n;
}

export function parsePriceFlag(raw: string): PriceField {
  if (raw === 'adjclose' || raw === 'close') return raw;
  throw new UsageError(`--price: "${raw}" is not one of adjclose, close`);
}

export function parseProviderFlag(raw: string): ProviderName {
  const found = PROVIDERS.find((p) => p === raw);
  if (!found) throw new UsageError(`--provider: "${raw}" is not one of ${PROVIDERS.join(', ')}`);
  return found;
}
