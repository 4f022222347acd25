import type { PriceField } from '@rotation-lens/core';
import { isCalendarDate, isTickerShape, quoteInput } from '@rotation-lens/market-data';
import { UsageError } from './errors.ts';

export const PROVIDERS = ['yahoo', 'stooq', 'alphavantage', 'tiingo', 'twelvedata', 'sample', 'csv'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Smallest correlation/beta/volatility window that still means something (one trading month). */
export const MIN_WINDOW = 20;
/** Largest window: about 40 years of sessions. */
export const MAX_WINDOW = 10_000;


export function parseSymbolFlag(raw: string, flag: string): string {
  const symbol = raw.trim().toUpperCase();
  if (!isTickerShape(symbol)) throw new UsageError(`${flag}: ${quoteInput(raw)} is not a ticker symbol (e.g. IWM, ^RUT, BRK-B)`);
  return symbol;
}

/** A real calendar date written YYYY-MM-DD. */
export function parseDateFlag(raw: string, flag: string): string {
  if (!isCalendarDate(raw)) throw new UsageError(`${flag}: ${quoteInput(raw)} is not a date (use YYYY-MM-DD, e.g. 2024-06-28)`);
  return raw;
}

export function parseWindowFlag(raw: string): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--window: ${quoteInput(raw)} is not a whole number of sessions`);
  const n = Number(raw);
  if (n < MIN_WINDOW || n > MAX_WINDOW) throw new UsageError(`--window: ${n} is out of range (${MIN_WINDOW}–${MAX_WINDOW} sessions)`);
  return n;
}

/** --timeout bounds, seconds: a tenth of a second (tests, a local mirror) to ten minutes. */
export const MIN_TIMEOUT_S = 0.1;
export const MAX_TIMEOUT_S = 600;

/** --timeout SECONDS (decimals allowed, e.g. 2.5) → milliseconds. */
export function parseTimeoutFlag(raw: string): number {
  if (!/^\d+(\.\d+)?$/.test(raw)) throw new UsageError(`--timeout: ${quoteInput(raw)} is not a number of seconds (e.g. 15 or 2.5)`);
  const s = Number(raw);
  if (s < MIN_TIMEOUT_S || s > MAX_TIMEOUT_S) throw new UsageError(`--timeout: ${raw} is out of range (${MIN_TIMEOUT_S}–${MAX_TIMEOUT_S} seconds)`);
  return Math.round(s * 1000);
}

export function parsePriceFlag(raw: string): PriceField {
  if (raw === 'adjclose' || raw === 'close') return raw;
  throw new UsageError(`--price: ${quoteInput(raw)} is not one of adjclose, close`);
}

export function parseProviderFlag(raw: string): ProviderName {
  const found = PROVIDERS.find((p) => p === raw);
  if (!found) throw new UsageError(`--provider: ${quoteInput(raw)} is not one of ${PROVIDERS.join(', ')}`);
  return found;
}
