import type { Provider } from '../types.ts';

/**
 * A provider that can tell, without a request, whether it can express a symbol at all
 * (e.g. Alpha Vantage has no ^GSPC). The chain skips it for symbols it does not support, so its
 * "unknown" never masks a provider that does know the symbol. Optional: plain Providers support everything.
 */
export interface SymbolAwareProvider extends Provider {
  supports(symbol: string): boolean;
}

export function supportsSymbol(provider: Provider, symbol: string): boolean {
  const supports = (provider as Partial<SymbolAwareProvider>).supports;
  return typeof supports === 'function' ? supports.call(provider, symbol) : true;
}

/** US-listed stocks/ETFs only: no indices (^), no non-US suffixes, no FX/futures (=). */
export const isPlainUsSymbol = (symbol: string): boolean => /^[A-Z0-9]+(-[A-Z])?$/.test(symbol.trim().toUpperCase());
