/**
 * One place to see how a canonical (Yahoo-style) symbol is written for each provider, e.g. for the
 * options page ("^GSPC is ^spx on Stooq, SPX on Twelve Data, not available on Tiingo").
 * null = the provider cannot serve that symbol (the chain skips it).
 */
import { alphaVantageSymbol } from './providers/alphavantage.ts';
import { stooqSymbol } from './providers/stooq.ts';
import { isPlainUsSymbol } from './providers/symbol-support.ts';
import { twelveDataSymbol } from './providers/twelvedata.ts';
import { yahooSymbol } from './providers/yahoo.ts';
import { canonicalSampleSymbol } from './sample/universe.ts';
import type { ProviderId } from './types.ts';

export function providerSymbol(provider: ProviderId, symbol: string): string | null {
  switch (provider) {
    case 'yahoo':
      return yahooSymbol(symbol);
    case 'stooq':
      return stooqSymbol(symbol);
    case 'alphavantage':
      return isPlainUsSymbol(symbol) ? alphaVantageSymbol(symbol) : null;
    case 'tiingo':
      return isPlainUsSymbol(symbol) ? symbol.trim().toLowerCase() : null;
    case 'twelvedata':
      return twelveDataSymbol(symbol);
    case 'csv':
      return symbol.trim();
    case 'sample':
      return canonicalSampleSymbol(symbol);
  }
}
