/** What the worker accepts before spending a request on a symbol: the ticker shape (market-data's TICKER_SHAPE), upper-cased. */
import { isTickerShape } from '@rotation-lens/market-data';

export function normaliseSymbol(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  return isTickerShape(s) ? s : null;
}
