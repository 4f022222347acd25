/**
 * Content-script match patterns for the 15 supported sites. Interim inline list until the adapters'
 * registry exports CONTENT_SCRIPT_MATCHES; then this file re-exports it.
 */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = [
  'https://finance.yahoo.com/*',
  'https://www.google.com/finance/*',
  'https://www.marketwatch.com/*',
  'https://www.cnbc.com/*',
  'https://www.nasdaq.com/*',
  'https://finviz.com/*',
  'https://stockanalysis.com/*',
  'https://seekingalpha.com/*',
  'https://www.ainvest.com/*',
  'https://www.tradingview.com/*',
  'https://www.morningstar.com/*',
  'https://www.barrons.com/*',
  'https://www.benzinga.com/*',
  'https://www.zacks.com/*',
  'https://www.investing.com/*',
];
