/**
 * Symbols that stand for small caps as a whole: the small-cap funds and indices. The user picks the
 * comparison's small-cap proxy among them; for any of them the valuation discount is the dated
 * small-vs-large index reading (S&P 600 vs S&P 500 forward P/E), never a P/E of its own.
 */
export const SMALL_CAP_PROXIES = ['IWM', 'IJR', 'VB', '^RUT', '^SP600'] as const;

export type SmallCapProxy = (typeof SMALL_CAP_PROXIES)[number];

/** True when `symbol` is one of SMALL_CAP_PROXIES. */
export const isSmallCapProxy = (symbol: string): symbol is SmallCapProxy => (SMALL_CAP_PROXIES as readonly string[]).includes(symbol);
